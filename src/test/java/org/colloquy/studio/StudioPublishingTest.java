package org.colloquy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.CoursePublisher;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.studio.draft.DraftCourse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/** A teacher publishes the course drafted from her essay: checked, written as a folder, served at once, and hers. */
@IntegrationTest
@ContextConfiguration(initializers = StudioContentFolder.class)
class StudioPublishingTest {

    static final String ESSAY = """
            On Timing

            Nations cooperate when their interests meet. Is that meeting an accident of history?

            Trade has grown for a decade. Whether it can keep growing remains to be seen. Who decides the pace?
            """;

    @Autowired StudioService studio;
    @Autowired CoursePublisher publisher;
    @Autowired CourseCatalog catalog;
    @Autowired CohortService cohorts;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anInstructorPublishesHerDraftAndItIsServedAtOnceAsAFolderOfTheContentDirectory() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        String key = uniqueKey();

        CourseCheck published = studio.publish(drafted(key, "On Timing"));

        assertThat(published).isInstanceOf(CourseCheck.Passed.class);
        assertThat(catalog.course(key)).hasValueSatisfying(course -> {
            assertThat(course.title()).isEqualTo("On Timing");
            assertThat(course.lessons()).isNotEmpty();
        });
        Path folder = StudioContentFolder.folder().resolve(key);
        assertThat(folder.resolve("course.yaml")).isRegularFile();
        assertThat(folder.resolve("reading.md")).isRegularFile();
        assertThat(folder.resolve("lessons")).isDirectory();
        assertThat(StudioContentFolder.folder().resolve(".publishing")).doesNotExist();
        assertThat(cohorts.createCohort(key, "Timing seminar").courseKey()).isEqualTo(key);
    }

    @Test
    void theOwnerPublishesAgainAndTheNewVersionReplacesTheOld() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        String key = uniqueKey();
        studio.publish(drafted(key, "On Timing"));
        String firstVersion = catalog.require(key).contentVersion();

        studio.publish(drafted(key, "On Timing, revised"));

        assertThat(catalog.require(key).title()).isEqualTo("On Timing, revised");
        assertThat(catalog.require(key).contentVersion()).isNotEqualTo(firstVersion);
        assertThat(catalog.courses().stream().filter(course -> course.key().equals(key))).hasSize(1);
    }

    @Test
    void aSecondInstructorCannotDraftUnderOrPublishOverACourseSheDoesNotOwn() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);
        String key = uniqueKey();
        DraftCourse original = drafted(key, "On Timing");
        studio.publish(original);
        Map<String, String> before = files(StudioContentFolder.folder().resolve(key));

        accounts.signInNew("colleague", Role.INSTRUCTOR);

        assertThatThrownBy(() -> studio.draft(essay("Mine now"), studio.findQuestions(essay("Mine now"), Locale.ENGLISH), key))
                .isInstanceOf(Refusal.class).hasMessageContaining("is taken by a course you do not own");
        DraftCourse hers = new DraftCourse(key, Map.of("course.yaml", original.files().get("course.yaml")
                .replace("On Timing", "Mine now")));
        assertThatThrownBy(() -> studio.publish(hers))
                .isInstanceOf(Refusal.class).hasMessageContaining("you are not one of its owners");
        assertThat(files(StudioContentFolder.folder().resolve(key))).isEqualTo(before);
        assertThat(catalog.require(key).title()).isEqualTo("On Timing");
    }

    @Test
    void onlyAnAdminMayPublishOverACourseShippedAsFilesWithoutOwners() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        assertThat(publisher.mayPublish("sino-russian-relations")).isFalse();
        assertThatThrownBy(() -> studio.draft(essay("On Timing"), studio.findQuestions(essay("On Timing"), Locale.ENGLISH),
                "sino-russian-relations")).isInstanceOf(Refusal.class);

        accounts.signInNew("admin", Role.ADMIN);
        assertThat(publisher.mayPublish("sino-russian-relations")).isTrue();
    }

    @Test
    void aDraftWithProblemsIsRefusedWithEveryProblemAndTheContentFolderIsLeftUntouched() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);
        String key = uniqueKey();
        DraftCourse good = drafted(key, "On Timing");
        Map<String, String> broken = new LinkedHashMap<>(good.files());
        broken.put("reading.md", "# On Timing\n\nno paragraph ids at all\n");
        Map<String, String> contentBefore = files(StudioContentFolder.folder());

        CourseCheck refused = studio.publish(new DraftCourse(key, broken));

        assertThat(refused).isInstanceOf(CourseCheck.Failed.class);
        List<ContentProblem> problems = ((CourseCheck.Failed) refused).problems();
        assertThat(problems).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.toString()).matches(key + "/[^:]+:\\d+: .+"));
        assertThat(files(StudioContentFolder.folder())).isEqualTo(contentBefore);
        assertThat(catalog.course(key)).isEmpty();
    }

    @Test
    void aCourseKeyThatWouldLeaveTheContentFolderIsRefused() {
        accounts.signInNew("author", Role.INSTRUCTOR);

        assertThatThrownBy(() -> publisher.publish("../escaped", Map.of("course.yaml", "key: x\n")))
                .isInstanceOf(Refusal.class).hasMessageContaining("cannot be a course key");
        assertThatThrownBy(() -> publisher.publish(uniqueKey(), Map.of("../../escaped.yaml", "x")))
                .isInstanceOf(Refusal.class).hasMessageContaining("cannot be a file of a course folder");
        assertThat(StudioContentFolder.folder().getParent().resolve("escaped")).doesNotExist();
    }

    private DraftCourse drafted(String key, String title) {
        Essay essay = essay(title);
        DraftedCourse drafted = studio.draft(essay, studio.findQuestions(essay, Locale.ENGLISH), key);
        assertThat(drafted.check()).isInstanceOf(CourseCheck.Passed.class);
        return drafted.draft();
    }

    private Essay essay(String title) {
        Essay pasted = studio.importPasted(ESSAY, null);
        return new Essay(title, "A. Teacher", "", pasted.language(), pasted.paragraphs());
    }

    private static String uniqueKey() {
        return "timing-" + System.nanoTime();
    }

    /** Every file under a folder and its text, by relative path. */
    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void twoMergedQuestionsReadInTheEssaysOrderAskOutrightIfEitherDidAndStayWithinTheLimit() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenQuestion later = new OpenQuestion(2, 3, "Who decides the pace?", OpenQuestion.Kind.EXPLICIT, "found");
        OpenQuestion earlier = new OpenQuestion(2, 2, "Whether it can keep growing remains to be seen.",
                OpenQuestion.Kind.IMPLIED, "found");

        OpenQuestion merged = studio.merge(later, earlier);

        assertThat(merged.paragraph()).isEqualTo(2);
        assertThat(merged.sentence()).isEqualTo(2);
        assertThat(merged.text()).isEqualTo("Whether it can keep growing remains to be seen. Who decides the pace?");
        assertThat(merged.kind()).isEqualTo(OpenQuestion.Kind.EXPLICIT);
        OpenQuestion long1 = new OpenQuestion(1, 1, "a".repeat(300), OpenQuestion.Kind.IMPLIED, "found");
        OpenQuestion long2 = new OpenQuestion(1, 2, "b".repeat(300), OpenQuestion.Kind.IMPLIED, "found");
        assertThatThrownBy(() -> studio.merge(long1, long2)).isInstanceOf(Refusal.class);
    }
}
