package org.colloquy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.colloquy.IntegrationTest;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.RespondStep;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.security.HostileInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * Whatever a teacher types or uploads into the studio — script, markup, spreadsheet formulas, and text that means
 * something to YAML or Markdown — reaches the published course as the same text, in its place, and nowhere else: no
 * extra key, no tag, no other file, and no error page.
 */
@IntegrationTest
@ContextConfiguration(initializers = StudioContentFolder.class)
class StudioHostileInputTest {

    /** Text that means something to the course files: YAML's syntax and tags, Markdown's, and the paragraph ids. */
    static final List<String> FORMAT_PAYLOADS = List.of(
            "key: injected-course",
            "title: \"x\"\nkey: other",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.invalid\"]]]]",
            "&anchor [*anchor, *anchor]",
            "'single' \"double\" `back` \\ backslash",
            "# not a comment",
            "- not a list item",
            "{not: a map}",
            "| literal > folded",
            "--- and ... and %YAML 1.1",
            "@reserved and ? complex key",
            "{#p1} ## not a heading",
            "cites [¶1] and [¶99.9]",
            "tab\there and line\u2028separator");

    @Autowired StudioService studio;
    @Autowired CourseCatalog catalog;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void anInstructorIsInTheStudio() {
        accounts.signInNew("hostile-author", Role.INSTRUCTOR);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    static Stream<String> payloads() {
        List<String> all = new ArrayList<>(HostileInput.CORPUS.stream().map(HostileInput.Payload::text).toList());
        all.addAll(FORMAT_PAYLOADS);
        return all.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("payloads")
    void what_the_teacher_typed_is_published_as_the_same_text_in_its_place(String payload) {
        Essay pasted = studio.importPasted("""
                A plain title

                The first paragraph says %s. Is that a question worth asking?

                The second paragraph asks more. Whether it holds remains to be seen.
                """.formatted(payload.replace("\n", " ")), "en");
        Essay confirmed = new Essay(payload, payload, payload, pasted.language(), pasted.paragraphs());
        List<OpenQuestion> kept = new ArrayList<>(studio.findQuestions(confirmed, Locale.ENGLISH));
        kept.add(studio.ownQuestion(confirmed, kept, 2, payload + "?"));
        String key = "hostile-" + System.nanoTime();

        DraftedCourse drafted = studio.draft(confirmed, kept, key);
        assertThat(drafted.check()).isInstanceOf(CourseCheck.Passed.class);
        assertThat(drafted.draft().files().keySet()).allMatch(file -> file.equals("course.yaml")
                || file.equals("reading.md") || file.matches("lessons/\\d\\d-[a-z0-9-]+\\.yaml"));
        assertThat(studio.publish(drafted.draft())).isInstanceOf(CourseCheck.Passed.class);

        Course course = catalog.course(key).orElseThrow();
        assertThat(course.key()).isEqualTo(key);
        assertThat(course.title()).isEqualTo(asName(payload));
        assertThat(course.source().author()).isEqualTo(asName(payload));
        assertThat(course.reading().paragraphs().getFirst().text()).contains(inText(payload));
        assertThat(course.lessons().stream().flatMap(lesson -> lesson.steps().stream())
                .filter(RespondStep.class::isInstance).map(step -> ((RespondStep) step).prompt().plainText())
                .map(prompt -> prompt.replaceAll("\\s+", " ")))
                .anySatisfy(prompt -> assertThat(prompt)
                        .contains(AnswerText.clean(payload).replaceAll("\\s+", " ").strip() + "?"));
    }

    /** A title or an author is a name: one line, no control or direction characters (as {@link AnswerText#oneLine}). */
    private static String asName(String payload) {
        return AnswerText.oneLine(payload.replaceAll("[\\s\\u2028\\u2029]+", " "));
    }

    /**
     * What the reading keeps of a sentence: the essay import cleans and joins its lines, the reading keeps it on one
     * line, and text compares in Unicode's composed form.
     */
    private static String inText(String payload) {
        return Normalizer.normalize(AnswerText.oneLine(payload.replaceAll("[\\s\\u2028\\u2029]+", " ")),
                Normalizer.Form.NFC);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("payloads")
    void a_file_with_a_hostile_name_is_read_or_refused_saying_why_and_never_breaks_the_studio(String payload) {
        byte[] essay = "A title\n\nOne paragraph. Is it open?\n".getBytes(StandardCharsets.UTF_8);

        for (String name : List.of(payload + ".txt", "../../" + payload + ".md", payload)) {
            try {
                Essay read = studio.importFile(name, essay, "en");
                assertThat(read.paragraphs()).isNotEmpty();
            } catch (Refusal refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("payloads")
    void a_hostile_course_key_is_refused_saying_why(String payload) {
        Essay essay = studio.importPasted("A title\n\nOne paragraph. Is it open?\n", "en");

        assertThatThrownBy(() -> studio.draft(essay, studio.findQuestions(essay, Locale.ENGLISH), payload))
                .isInstanceOf(Refusal.class);
    }
}
