package org.colloquy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseCheck;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.LessonPreviewService;
import org.colloquy.lesson.LessonState;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.UnknownLessonException;
import org.colloquy.content.RespondStep;
import org.colloquy.studio.draft.DraftCourse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ContextConfiguration;

/**
 * A teacher's drafts (decision 0042): kept under her, reopened after a reload, hers alone, saved over the version she
 * saw, previewed without storing anything, published one key at a time; courses brought back as zips, and co-owners.
 */
@IntegrationTest
@ContextConfiguration(initializers = StudioContentFolder.class)
class DraftsTest {

    static final Essay ESSAY = new Essay("On Timing", "A. Teacher", "timing.docx", "en", List.of(
            new EssayParagraph(1, null, "Nations cooperate when their interests meet. Is that meeting an accident?"),
            new EssayParagraph(2, null, "Trade has grown for a decade. Who decides the pace?")));
    static final List<OpenQuestion> KEPT = List.of(
            new OpenQuestion(1, 2, "Is that meeting an accident?", OpenQuestion.Kind.EXPLICIT, "asked"),
            new OpenQuestion(2, 2, "Who decides the pace?", OpenQuestion.Kind.EXPLICIT, "asked"));

    @Autowired DraftService drafts;
    @Autowired StudioService studio;
    @Autowired LessonPreviewService previews;
    @Autowired CourseCatalog catalog;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_drafted_course_is_kept_under_her_and_reopens_with_her_saved_change() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());

        OpenedDraft saved = drafts.save(kept.id(), retitled(kept.course(), "On Timing, revised"), kept.version());
        OpenedDraft reopened = drafts.open(kept.id());

        assertThat(reopened.course().files()).isEqualTo(saved.course().files());
        assertThat(reopened.summary().title()).isEqualTo("On Timing, revised");
        assertThat(reopened.summary().essaySource()).isEqualTo("timing.docx");
        assertThat(reopened.version()).isGreaterThan(kept.version());
        assertThat(reopened.check()).isInstanceOf(CourseCheck.Passed.class);
        assertThat(drafts.myDrafts()).extracting(DraftSummary::id).containsExactly(kept.id());
    }

    @Test
    void only_her_and_admins_open_her_draft_another_instructor_and_a_student_get_no_draft() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());

        accounts.signInNew("colleague", Role.INSTRUCTOR);
        assertThatThrownBy(() -> drafts.open(kept.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.save(kept.id(), kept.course(), kept.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.delete(kept.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> previews.openFromStudio(kept.id(), firstLesson(kept)))
                .isInstanceOf(UnknownLessonException.class);
        assertThat(drafts.myDrafts()).isEmpty();
        accounts.signInNew("student", Role.STUDENT);
        assertThatThrownBy(() -> drafts.open(kept.id())).isInstanceOf(AccessDeniedException.class);
        accounts.signInNew("admin", Role.ADMIN);
        assertThat(drafts.open(kept.id()).summary().title()).isEqualTo("On Timing");
    }

    @Test
    void a_save_over_a_version_saved_meanwhile_in_another_tab_is_a_conflict_and_changes_nothing() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft tabOne = drafts.draftFromEssay(ESSAY, KEPT, key());
        OpenedDraft tabTwo = drafts.open(tabOne.id());
        drafts.save(tabOne.id(), retitled(tabOne.course(), "Saved in tab one"), tabOne.version());

        assertThatThrownBy(() -> drafts.save(tabTwo.id(), retitled(tabTwo.course(), "Stale"), tabTwo.version()))
                .isInstanceOf(DraftConflict.class);
        assertThatThrownBy(() -> drafts.publish(tabTwo.id(), tabTwo.version())).isInstanceOf(DraftConflict.class);
        assertThat(drafts.open(tabOne.id()).summary().title()).isEqualTo("Saved in tab one");
    }

    @Test
    void a_draft_with_problems_is_kept_with_them_and_deleted_it_is_gone() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());

        OpenedDraft broken = drafts.save(kept.id(), new DraftCourse(kept.course().key(),
                Map.of("course.yaml", "key: " + kept.course().key() + "\ntitle: Half done\n")), kept.version());

        assertThat(broken.check()).isInstanceOf(CourseCheck.Failed.class);
        assertThat(drafts.open(kept.id()).summary().title()).isEqualTo("Half done");
        drafts.delete(kept.id());
        assertThatThrownBy(() -> drafts.open(kept.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_preview_of_a_lesson_of_her_draft_checks_answers_and_stores_nothing() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());
        int before = storedWork();

        LessonState lesson = previews.openFromStudio(kept.id(), firstLesson(kept));
        String prompt = lesson.lesson().steps().stream().filter(RespondStep.class::isInstance).findFirst()
                .orElseThrow().key();
        String promptKey = lesson.lesson().key() + "/" + prompt;
        SaveOutcome draft = previews.trySaveDraftFromStudio(kept.id(), promptKey, "A first thought");
        SaveOutcome submitted = previews.trySubmitFromStudio(kept.id(), promptKey,
                "Cooperation follows interest, and interest follows the pace of trade, which nobody decides alone. "
                        .repeat(3), null);

        assertThat(lesson.course().key()).isEqualTo(kept.course().key());
        assertThat(catalog.course(kept.course().key())).as("a draft is not served").isEmpty();
        assertThat(draft).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(submitted).isNotNull();
        assertThat(storedWork()).as("nothing is stored as student work").isEqualTo(before);
    }

    @Test
    void she_publishes_her_draft_owns_the_course_and_a_second_publish_of_the_same_version_is_a_conflict() {
        UserRef author = accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());

        CourseCheck published = drafts.publish(kept.id(), kept.version());

        assertThat(published).isInstanceOf(CourseCheck.Passed.class);
        assertThat(catalog.course(kept.course().key())).isPresent();
        assertThat(studio.owners(kept.course().key())).containsExactly(author.displayName());
        assertThat(studio.myCourses()).extracting(OwnedCourse::key).contains(kept.course().key());
        assertThat(drafts.open(kept.id()).summary().publishedAt()).isNotNull();
        assertThatThrownBy(() -> drafts.publish(kept.id(), kept.version())).isInstanceOf(DraftConflict.class);
    }

    @Test
    void two_owners_publishing_the_same_course_at_once_take_turns_and_the_folder_holds_one_whole_course()
            throws Exception {
        UserRef author = accounts.signInNew("author", Role.INSTRUCTOR);
        UserRef coAuthor = accounts.create("co-author", Role.INSTRUCTOR);
        OpenedDraft first = drafts.draftFromEssay(ESSAY, KEPT, key());
        String courseKey = first.course().key();
        drafts.publish(first.id(), first.version());
        studio.addOwner(courseKey, coAuthor.username());
        OpenedDraft hers = drafts.editPublished(courseKey);
        hers = drafts.save(hers.id(), retitled(hers.course(), "Her edition"), hers.version());
        accounts.signIn(coAuthor);
        OpenedDraft theirs = drafts.editPublished(courseKey);
        theirs = drafts.save(theirs.id(), retitled(theirs.course(), "Their edition"), theirs.version());

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService sessions = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<CourseCheck>> published = List.of(
                    sessions.submit(publishAs(author, hers, start)), sessions.submit(publishAs(coAuthor, theirs, start)));
            start.countDown();
            for (var each : published) {
                assertThat(each.get(60, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(CourseCheck.Passed.class);
            }
        } finally {
            sessions.shutdownNow();
        }

        Path folder = StudioContentFolder.folder().resolve(courseKey);
        String served = catalog.require(courseKey).title();
        assertThat(served).isIn("Her edition", "Their edition");
        assertThat(Files.readString(folder.resolve("course.yaml"))).contains(served);
        assertThat(new org.colloquy.content.load.ContentLoader().loadCourseOrCourses(folder).heldBack())
                .as("the folder holds one whole course").isEmpty();
        assertThat(StudioContentFolder.folder().resolve(".publishing")).doesNotExist();
    }

    private java.util.concurrent.Callable<CourseCheck> publishAs(UserRef who, OpenedDraft draft,
                                                                java.util.concurrent.CountDownLatch start) {
        return () -> {
            accounts.signIn(who);
            try {
                start.await();
                return drafts.publish(draft.id(), draft.version());
            } finally {
                accounts.signOut();
            }
        };
    }

    @Test
    void an_owner_edits_her_published_course_as_a_new_draft_and_publishes_it_again() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft first = drafts.draftFromEssay(ESSAY, KEPT, key());
        drafts.publish(first.id(), first.version());
        String version = catalog.require(first.course().key()).contentVersion();

        OpenedDraft edit = drafts.editPublished(first.course().key());
        OpenedDraft changed = drafts.save(edit.id(), retitled(edit.course(), "On Timing, second edition"),
                edit.version());
        drafts.publish(changed.id(), changed.version());

        assertThat(edit.course().files()).isEqualTo(first.course().files());
        assertThat(catalog.require(first.course().key()).title()).isEqualTo("On Timing, second edition");
        assertThat(catalog.require(first.course().key()).contentVersion()).isNotEqualTo(version);
        accounts.signInNew("colleague", Role.INSTRUCTOR);
        assertThatThrownBy(() -> drafts.editPublished(first.course().key())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_owner_adds_a_colleague_as_co_owner_who_may_then_edit_and_a_student_or_stranger_cannot_be_added() {
        UserRef colleague = accounts.create("colleague", Role.INSTRUCTOR);
        UserRef student = accounts.create("student", Role.STUDENT);
        UserRef author = accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());
        String courseKey = kept.course().key();
        drafts.publish(kept.id(), kept.version());

        assertThat(studio.addOwner(courseKey, colleague.username())).isEqualTo(colleague.displayName());
        assertThatThrownBy(() -> studio.addOwner(courseKey, student.username())).isInstanceOf(Refusal.class)
                .hasMessageContaining("no instructor");
        assertThat(studio.owners(courseKey)).containsExactly(author.displayName(), colleague.displayName());
        accounts.signIn(colleague);
        assertThat(drafts.editPublished(courseKey).course().key()).isEqualTo(courseKey);
        accounts.signInNew("stranger", Role.INSTRUCTOR);
        assertThatThrownBy(() -> studio.addOwner(courseKey, "anyone")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> studio.owners(courseKey)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_disk_error_while_publishing_is_a_clear_refusal_and_the_draft_and_the_folder_stay() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());
        Path staging = StudioContentFolder.folder().resolve(".publishing");
        Files.writeString(staging, "not a folder: the disk cannot take the course");
        try {
            assertThatThrownBy(() -> drafts.publish(kept.id(), kept.version())).isInstanceOf(Refusal.class)
                    .hasMessageContaining("could not be written");
        } finally {
            Files.deleteIfExists(staging);
        }
        assertThat(catalog.course(kept.course().key())).isEmpty();
        assertThat(drafts.open(kept.id()).version()).isEqualTo(kept.version());
    }

    @Test
    void a_course_downloaded_as_a_zip_comes_back_as_a_draft_with_the_same_files() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = drafts.draftFromEssay(ESSAY, KEPT, key());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        drafts.writeArchive(kept.id(), zip);

        OpenedDraft imported = drafts.importArchive(kept.course().key() + ".zip", zip.toByteArray());

        assertThat(imported.course()).isEqualTo(kept.course());
        assertThat(imported.check()).isInstanceOf(CourseCheck.Passed.class);
        assertThat(imported.summary().essaySource()).isEqualTo(kept.course().key() + ".zip");
    }

    @Test
    void a_zip_that_climbs_out_of_the_course_folder_is_refused() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);

        assertThatThrownBy(() -> drafts.importArchive("evil.zip", zip(Map.of("course.yaml", "key: evil\n",
                "../../etc/evil.yaml", "x: 1\n")))).isInstanceOf(Refusal.class).hasMessageContaining("not a course file");
    }

    @Test
    void a_zip_with_a_file_of_another_type_is_refused() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);

        assertThatThrownBy(() -> drafts.importArchive("course.zip", zip(Map.of("course.yaml", "key: x\n",
                "run.sh", "rm -rf /\n")))).isInstanceOf(Refusal.class).hasMessageContaining("“run.sh”");
        assertThatThrownBy(() -> drafts.importArchive("course.docx", zip(Map.of("course.yaml", "key: x\n"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("not a .zip");
        assertThatThrownBy(() -> drafts.importArchive("course.zip", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void a_zip_bomb_is_refused_at_the_limit_without_unpacking_the_rest() throws IOException {
        accounts.signInNew("author", Role.INSTRUCTOR);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("reading.md"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 25; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).as("small packed").isLessThan(100_000);

        assertThatThrownBy(() -> drafts.importArchive("bomb.zip", bomb.toByteArray())).isInstanceOf(Refusal.class)
                .hasMessageContaining("more than 20 MB");
        assertThat(drafts.myDrafts()).isEmpty();
    }

    private int storedWork() {
        return jdbc.queryForObject("select (select count(*) from response) + (select count(*) from lesson_progress)"
                + " + (select count(*) from response_submission) + (select count(*) from lesson_step_read)",
                Integer.class);
    }

    static String firstLesson(OpenedDraft draft) {
        return ((CourseCheck.Passed) draft.check()).course().lessons().getFirst().key();
    }

    static DraftCourse retitled(DraftCourse course, String title) {
        Map<String, String> files = new LinkedHashMap<>(course.files());
        files.put("course.yaml", files.get("course.yaml").replaceFirst("(?m)^title: .*$",
                "title: \"" + title + "\""));
        return new DraftCourse(course.key(), files);
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String key() {
        return "timing-" + System.nanoTime();
    }
}
