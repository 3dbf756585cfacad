package org.colloquy.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.CheckStep;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.ContentValidationException;
import org.colloquy.content.Course;
import org.colloquy.content.CourseFolder;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.Lesson;
import org.colloquy.content.Paragraph;
import org.colloquy.content.PositionStep;
import org.colloquy.content.Prose;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.content.SourceAttribution;
import org.colloquy.content.Step;
import org.colloquy.content.TextDirection;

class ContentLoaderTest {

    @TempDir
    Path contentRoot;

    private final ContentLoader loader = new ContentLoader();
    private CourseFolder course;

    @BeforeEach
    void writeValidCourse() {
        course = CourseFolder.write(contentRoot, "sample");
    }

    @Nested
    class ValidContent {

        private static final String FULL_LESSON = """
                key: intro
                title: Introduction
                summary: Where the essay begins.
                objectives:
                  - Name the turning point
                  - Weigh the three stages
                steps:
                  - key: position-before
                    kind: position
                    moment: before
                    claim: The relationship is a marriage of expediency.
                    cites: [p1]
                  - key: read-opening
                    kind: read
                    title: The opening
                    text: |
                      The author opens with a claim
                      about timing.

                      > the bilateral relationship is at an important
                      > turning point [p1]

                      Keep that phrase in mind.
                    cites: [p1, p2]
                  - key: check-stages
                    kind: check
                    question: How many stages?
                    cites: [p2]
                    options:
                      - key: a
                        text: Two
                        feedback: Count again.
                      - key: b
                        text: Three
                        correct: true
                        feedback: Yes.
                  - key: respond-stage
                    kind: respond
                    prompt: What must the "third stage" balance?
                    cites: [p2]
                  - key: discuss-timing
                    kind: discuss
                    prompt: Is now the turning point?
                    cites: [p1]
                  - key: position-after
                    kind: position
                    moment: after
                    repeats: position-before
                    cites: []
                """;

        @Test
        void a_valid_course_loads_into_the_expected_records() {
            course.file("lessons/01-intro.yaml", FULL_LESSON);

            var courses = loader.load(contentRoot);

            assertThat(courses).singleElement().satisfies(loaded -> {
                assertThat(loaded.key()).isEqualTo("sample");
                assertThat(loaded.title()).isEqualTo("A Sample Course");
                assertThat(loaded.summary()).isEqualTo("A short course for tests.");
                assertThat(loaded.language()).isEqualTo("en");
                assertThat(loaded.direction()).isEqualTo(TextDirection.LTR);
                assertThat(loaded.source()).isEqualTo(new SourceAttribution("An Essay", "A. Writer", null, null));
                assertThat(loaded.contentVersion()).matches("[0-9a-f]{12}");
                assertThat(loaded.lessons()).extracting(Lesson::key).containsExactly("intro");
            });
            var lesson = courses.getFirst().lessons().getFirst();
            assertThat(lesson.objectives()).containsExactly("Name the turning point", "Weigh the three stages");
            assertThat(lesson.steps()).extracting(Step::key).containsExactly("position-before", "read-opening",
                    "check-stages", "respond-stage", "discuss-timing", "position-after");
        }

        @Test
        void the_reading_is_split_into_numbered_paragraphs_under_their_headings() {
            var reading = loader.load(contentRoot).getFirst().reading();

            assertThat(reading.title()).isEqualTo("An Essay on Timing");
            assertThat(reading.paragraphs()).containsExactly(
                    new Paragraph("p1", 1, null,
                            "The bilateral relationship is at an important turning point, and “nothing” is settled yet."),
                    new Paragraph("p2", 2, "Three stages", "Both countries have spontaneously undergone three"
                            + " stages of transition; the China’s third stage is unclear."));
        }

        @Test
        void prose_is_split_into_paragraphs_and_quotations() {
            course.file("lessons/01-intro.yaml", FULL_LESSON);

            var read = (ReadStep) step("read-opening");

            assertThat(read.text().blocks()).containsExactly(
                    new Prose.Plain("The author opens with a claim about timing."),
                    new Prose.Quotation("the bilateral relationship is at an important turning point", "p1"),
                    new Prose.Plain("Keep that phrase in mind."));
        }

        @Test
        void a_position_after_step_takes_the_claim_of_the_step_it_repeats() {
            course.file("lessons/01-intro.yaml", FULL_LESSON);

            var after = (PositionStep) step("position-after");

            assertThat(after.moment()).isEqualTo(PositionStep.Moment.AFTER);
            assertThat(after.repeats()).isEqualTo("position-before");
            assertThat(after.claim()).isEqualTo(Prose.of("The relationship is a marriage of expediency."));
            assertThat(after.cites()).isEmpty();
        }

        @Test
        void optional_fields_take_their_defaults() {
            course.file("lessons/01-intro.yaml", FULL_LESSON);

            var respond = (RespondStep) step("respond-stage");
            var discuss = (DiscussStep) step("discuss-timing");
            var check = (CheckStep) step("check-stages");

            assertThat(respond.minWords()).isZero();
            assertThat(respond.maxWords()).isEqualTo(1000);
            assertThat(respond.guidance()).isNull();
            assertThat(respond.rubric()).isNull();
            assertThat(discuss.anonymity()).isEqualTo(DiscussStep.Anonymity.NAMED);
            assertThat(check.multiple()).isFalse();
            assertThat(check.options()).extracting(CheckStep.Option::correct).containsExactly(false, true);
        }

        @Test
        void optional_fields_are_read_when_given() {
            course.file("course.yaml", """
                    key: sample
                    title: A Sample Course
                    summary: A short course for tests.
                    language: ar
                    direction: rtl
                    source:
                      title: An Essay
                      author: A. Writer
                      published: 2019-05-01
                      note: Translated for this course.
                    reading: reading.md
                    lessons: [intro]
                    """).steps("""
                      - key: respond-stage
                        kind: respond
                        prompt: Explain the third stage.
                        guidance: Quote one phrase.
                        cites: [p2]
                        minWords: 80
                        maxWords: 300
                        rubric:
                          criteria:
                            - key: evidence
                              title: Uses the text
                              levels:
                                - { score: 0, label: Missing, description: No reference. }
                                - { score: 2, label: Strong, description: Quotes and explains. }
                      - key: discuss-timing
                        kind: discuss
                        prompt: Is now the turning point?
                        cites: [p1]
                        anonymity: anonymous-to-peers
                      - key: check-all
                        kind: check
                        multiple: true
                        question: Which are true?
                        cites: [p1]
                        options:
                          - { key: a, text: One, correct: true, feedback: Yes. }
                          - { key: b, text: Two, correct: true, feedback: Yes. }
                    """);

            var loaded = loader.load(contentRoot).getFirst();
            var respond = (RespondStep) loaded.step("intro/respond-stage").orElseThrow();

            assertThat(loaded.direction()).isEqualTo(TextDirection.RTL);
            assertThat(loaded.source()).isEqualTo(
                    new SourceAttribution("An Essay", "A. Writer", "2019-05-01", "Translated for this course."));
            assertThat(respond.minWords()).isEqualTo(80);
            assertThat(respond.maxWords()).isEqualTo(300);
            assertThat(respond.guidance()).isEqualTo(Prose.of("Quote one phrase."));
            assertThat(respond.rubric()).isEqualTo(new Rubric(List.of(new Rubric.Criterion("evidence", "Uses the text",
                    List.of(new Rubric.Level(0, "Missing", "No reference."),
                            new Rubric.Level(2, "Strong", "Quotes and explains."))))));
            assertThat(((DiscussStep) loaded.step("intro/discuss-timing").orElseThrow()).anonymity())
                    .isEqualTo(DiscussStep.Anonymity.ANONYMOUS_TO_PEERS);
            assertThat(((CheckStep) loaded.step("intro/check-all").orElseThrow()).multiple()).isTrue();
        }

        @Test
        void a_quotation_matches_regardless_of_case_whitespace_quote_style_and_ellipsis() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: |
                          > The  Bilateral relationship … an important turning point, and "nothing" is settled [p1]

                          > the China's third stage ... unclear [p2]
                        cites: [p1]
                    """);

            assertThat(loader.load(contentRoot)).hasSize(1);
        }

        @Test
        void lessons_follow_the_order_listed_in_course_yaml_whatever_their_file_names() {
            course.file("lessons/closing.yaml", CourseFolder.LESSON.replace("key: intro", "key: closing"))
                    .file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                            .replace("  - intro\n", "  - closing\n  - intro\n"));

            assertThat(loader.load(contentRoot).getFirst().lessons()).extracting(Lesson::key)
                    .containsExactly("closing", "intro");
        }

        @Test
        void courses_are_sorted_by_key_and_folders_without_course_yaml_are_ignored() throws Exception {
            CourseFolder.write(contentRoot, "beta");
            CourseFolder.write(contentRoot, "alpha");
            Files.createDirectories(contentRoot.resolve("drafts"));
            Files.writeString(contentRoot.resolve("README.md"), "# Course format");

            assertThat(loader.load(contentRoot)).extracting(Course::key).containsExactly("alpha", "beta", "sample");
        }
    }

    @Nested
    class ContentVersions {

        @Test
        void the_content_version_is_the_same_for_the_same_bytes(@TempDir Path otherRoot) {
            CourseFolder.write(otherRoot, "sample");

            var version = loader.load(contentRoot).getFirst().contentVersion();

            assertThat(version).hasSize(12);
            assertThat(loader.load(contentRoot).getFirst().contentVersion()).isEqualTo(version);
            assertThat(loader.load(otherRoot).getFirst().contentVersion()).isEqualTo(version);
        }

        @Test
        void the_content_version_changes_when_any_file_changes() {
            var before = loader.load(contentRoot).getFirst().contentVersion();

            course.file("reading.md", CourseFolder.READING + "\n{#p3} One more paragraph.\n");

            assertThat(loader.load(contentRoot).getFirst().contentVersion()).isNotEqualTo(before);
        }
    }

    @Nested
    class CourseFile {

        @Test
        void malformed_yaml_is_reported_at_the_line_of_the_yaml_error() {
            course.file("course.yaml", """
                    key: sample
                    title: A Sample Course
                      summary: indented by mistake
                    """);

            assertOnlyProblem("sample/course.yaml", 3, "malformed YAML");
        }

        @Test
        void a_field_given_twice_is_reported_at_its_second_occurrence() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "title: Again\n");

            assertOnlyProblem("sample/course.yaml", 11, "duplicate field \"title\" in course (first at line 2)");
        }

        @Test
        void an_unknown_field_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "colour: blue\n");

            assertOnlyProblem("sample/course.yaml", 11, "unknown field \"colour\" in course");
        }

        @Test
        void a_missing_required_field_is_reported_at_the_start_of_its_mapping() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("summary: A short course for tests.\n", ""));

            assertOnlyProblem("sample/course.yaml", 1, "course is missing required field \"summary\"");
        }

        @Test
        void a_missing_source_author_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("  author: A. Writer\n", ""));

            assertOnlyProblem("sample/course.yaml", 6, "source is missing required field \"author\"");
        }

        @Test
        void a_list_where_text_is_expected_is_reported_as_a_wrong_type() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("title: A Sample Course", "title: [A, Sample]"));

            assertOnlyProblem("sample/course.yaml", 2, "title must be text, not a list");
        }

        @Test
        void a_course_key_that_differs_from_the_folder_name_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("other"));

            assertOnlyProblem("sample/course.yaml", 1, "course key \"other\" must equal the folder name \"sample\"");
        }

        @Test
        void a_language_that_is_no_language_tag_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("language: en", "language: en_GB"));

            assertOnlyProblem("sample/course.yaml", 4, "language \"en_GB\" is not a BCP 47 language tag");
        }

        @Test
        void a_language_unknown_to_iso_639_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("language: en", "language: english"));

            assertOnlyProblem("sample/course.yaml", 4, "language \"english\" is not a BCP 47 language tag");
        }

        @Test
        void a_course_that_names_no_language_is_english_left_to_right() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample").replace("language: en\n", ""));

            Course loaded = loader.load(contentRoot).getFirst();

            assertThat(loaded.language()).isEqualTo("en");
            assertThat(loaded.direction()).isEqualTo(TextDirection.LTR);
        }

        @Test
        void a_course_in_a_right_to_left_language_reads_right_to_left_unless_it_says_otherwise() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("language: en", "language: he"));

            assertThat(loader.load(contentRoot).getFirst().direction()).isEqualTo(TextDirection.RTL);
        }

        @Test
        void a_course_in_chinese_or_russian_reads_left_to_right() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("language: en", "language: zh-Hans"));

            Course loaded = loader.load(contentRoot).getFirst();

            assertThat(loaded.language()).isEqualTo("zh-Hans");
            assertThat(loaded.direction()).isEqualTo(TextDirection.LTR);
        }

        @Test
        void an_unknown_direction_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "direction: up\n");

            assertOnlyProblem("sample/course.yaml", 11, "direction must be one of ltr, rtl, not \"up\"");
        }

        @Test
        void a_reading_file_that_does_not_exist_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample")
                    .replace("reading: reading.md", "reading: essay.md"));

            assertOnlyProblem("sample/course.yaml", 8, "reading file \"essay.md\" does not exist");
        }

        @Test
        void a_listed_lesson_without_a_file_is_reported() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "  - sco\n");

            assertOnlyProblem("sample/course.yaml", 11,
                    "lesson \"sco\" is listed but no file lessons/sco.yaml or lessons/NN-sco.yaml exists");
        }

        @Test
        void a_lesson_file_that_is_not_listed_is_reported() {
            course.file("lessons/02-extra.yaml", CourseFolder.LESSON.replace("key: intro", "key: extra"));

            assertOnlyProblem("sample/course.yaml", 9, "lesson file lessons/02-extra.yaml is not listed under lessons");
        }

        @Test
        void a_lesson_listed_twice_is_reported_at_its_second_listing() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "  - intro\n");

            assertOnlyProblem("sample/course.yaml", 11, "lesson \"intro\" is listed twice (first at line 10)");
        }

        @Test
        void a_lesson_with_two_files_is_reported() {
            course.file("lessons/intro.yaml", CourseFolder.LESSON);

            assertOnlyProblem("sample/course.yaml", 10,
                    "lesson \"intro\" has more than one file: 01-intro.yaml, intro.yaml");
        }
    }

    @Nested
    class ReadingFile {

        @Test
        void a_reading_without_a_title_is_reported() {
            course.file("reading.md", """
                    {#p1} The bilateral relationship is at an important turning point.
                    """);

            assertOnlyProblem("sample/reading.md", 1, "the reading has no title");
        }

        @Test
        void text_before_any_paragraph_id_is_reported() {
            course.file("reading.md", CourseFolder.READING.replace("## Three stages\n", "## Three stages\n\nStray text.\n"));

            assertOnlyProblem("sample/reading.md", 8, "text must start with a paragraph id such as {#p1}");
        }

        @Test
        void a_paragraph_id_in_a_bad_format_is_reported() {
            course.file("reading.md", CourseFolder.READING + "\n{#P_3} Shouting.\n");

            assertOnlyProblem("sample/reading.md", 11, "paragraph id \"P_3\" is not a valid key");
        }

        @Test
        void a_duplicate_paragraph_id_is_reported_at_its_second_use() {
            course.file("reading.md", CourseFolder.READING + "\n{#p2} Again.\n");

            assertOnlyProblem("sample/reading.md", 11, "duplicate paragraph id \"p2\" (first at line 8)");
        }

        @Test
        void a_heading_level_other_than_title_and_section_is_reported() {
            course.file("reading.md", CourseFolder.READING + "\n### Too deep\n");

            assertOnlyProblem("sample/reading.md", 11, "only '# Title' and '## Heading' lines may start with #");
        }
    }

    @Nested
    class LessonFile {

        @Test
        void a_lesson_key_that_differs_from_the_file_name_is_reported() {
            course.file("lessons/01-intro.yaml", CourseFolder.LESSON.replace("key: intro", "key: opening"));

            assertOnlyProblem("sample/lessons/01-intro.yaml", 1,
                    "lesson key \"opening\" does not match the file name 01-intro.yaml");
        }

        @Test
        void malformed_yaml_in_a_lesson_is_reported_at_the_line_of_the_yaml_error() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: "unterminated
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 9, "malformed YAML");
        }

        @Test
        void a_lesson_that_multiplies_itself_through_aliases_is_refused_at_once_and_read_no_further() {
            var bomb = new StringBuilder("x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (char name = 'b'; name <= 'j'; name++) {
                String previous = "*" + (char) (name - 1);
                bomb.append("x").append(name).append(": &").append(name).append(" [")
                        .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
            }
            course.file("lessons/01-intro.yaml", bomb + CourseFolder.LESSON);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 1, "malformed YAML: Number of aliases");
        }

        @Test
        void a_tag_that_names_a_java_class_is_refused_at_its_line_and_builds_nothing() {
            course.file("lessons/01-intro.yaml", CourseFolder.LESSON.replace("summary: Where the essay begins.",
                    "summary: !!java.net.URLClassLoader [[!!java.net.URL [\"http://x.invalid\"]]]"));

            assertOnlyProblem("sample/lessons/01-intro.yaml", 3, "malformed YAML: Global tag is not allowed");
        }

        @Test
        void a_missing_lesson_summary_is_reported() {
            course.file("lessons/01-intro.yaml", CourseFolder.LESSON.replace("summary: Where the essay begins.\n", ""));

            assertOnlyProblem("sample/lessons/01-intro.yaml", 1, "lesson is missing required field \"summary\"");
        }

        @Test
        void empty_objectives_are_reported() {
            course.file("lessons/01-intro.yaml", CourseFolder.LESSON.replace("[Read closely]", "[]"));

            assertOnlyProblem("sample/lessons/01-intro.yaml", 4, "objectives in lesson must not be empty");
        }

        @Test
        void an_empty_step_list_is_reported() {
            course.file("lessons/01-intro.yaml", CourseFolder.LESSON_HEADER.replace("steps:", "steps: []"));

            assertOnlyProblem("sample/lessons/01-intro.yaml", 5, "steps in lesson must not be empty");
        }
    }

    @Nested
    class Steps {

        @Test
        void an_unknown_field_in_a_step_is_reported() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: Read the opening.
                        colour: blue
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "unknown field \"colour\" in step \"read-opening\"");
        }

        @Test
        void a_missing_required_step_field_is_reported_at_the_start_of_the_step() {
            course.steps("""
                      - key: respond-stage
                        kind: respond
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 6,
                    "step \"respond-stage\" is missing required field \"prompt\"");
        }

        @Test
        void a_step_key_in_a_bad_format_is_reported() {
            course.steps("""
                      - key: Read_Opening
                        kind: read
                        title: The opening
                        text: Read the opening.
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 6, "key \"Read_Opening\" is not a valid key");
        }

        @Test
        void a_duplicate_step_key_is_reported_at_its_second_use() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: Read the opening.
                        cites: [p1]
                      - key: read-opening
                        kind: read
                        title: The opening again
                        text: Read it again.
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 11, "duplicate step key \"read-opening\" (first at line 6)");
        }

        @Test
        void an_argue_step_loads_its_claim_guidance_and_citations() {
            course.steps("""
                      - key: argue-claim
                        kind: argue
                        claim: The relationship is not expediency.
                        guidance: Add one reason.
                        cites: [p1]
                    """);

            var argue = (ArgueStep) loader.load(contentRoot).getFirst().step("intro/argue-claim").orElseThrow();

            assertThat(argue.claim()).isEqualTo(Prose.of("The relationship is not expediency."));
            assertThat(argue.guidance()).isEqualTo(Prose.of("Add one reason."));
            assertThat(argue.cites()).containsExactly("p1");
            assertThat(argue.expectsAnswer()).isFalse();
        }

        @Test
        void an_argue_step_without_a_claim_is_reported() {
            course.steps("""
                      - key: argue-claim
                        kind: argue
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 6, "step \"argue-claim\" is missing required field \"claim\"");
        }

        @Test
        void an_unknown_kind_is_reported() {
            course.steps("""
                      - key: watch-video
                        kind: video
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 7, "kind must be one of read, check, respond,"
                    + " position, discuss, argue, not \"video\"");
        }

        @Test
        void a_citation_of_a_missing_paragraph_is_reported_with_file_and_line() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: Read the opening.
                        cites:
                          - p1
                          - p99
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 12,
                    "step \"read-opening\" cites paragraph \"p99\", which is not in reading.md");
        }

        @Test
        void empty_cites_are_reported_on_steps_other_than_position() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: Read the opening.
                        cites: []
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "step \"read-opening\" must cite at least one paragraph");
        }

        @Test
        void an_unknown_anonymity_is_reported() {
            course.steps("""
                      - key: discuss-timing
                        kind: discuss
                        prompt: Is now the turning point?
                        cites: [p1]
                        anonymity: secret
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10,
                    "anonymity must be one of named, anonymous-to-peers, not \"secret\"");
        }
    }

    @Nested
    class ChecksAndResponses {

        @Test
        void a_word_limit_that_is_not_a_whole_number_is_reported() {
            course.steps("""
                      - key: respond-stage
                        kind: respond
                        prompt: Explain.
                        cites: [p1]
                        minWords: eighty
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "minWords must be a whole number, not \"eighty\"");
        }

        @Test
        void min_words_greater_than_max_words_is_reported() {
            course.steps("""
                      - key: respond-stage
                        kind: respond
                        prompt: Explain.
                        cites: [p1]
                        minWords: 400
                        maxWords: 300
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "minWords (400) is greater than maxWords (300)");
        }

        @Test
        void a_negative_word_limit_is_reported() {
            course.steps("""
                      - key: respond-stage
                        kind: respond
                        prompt: Explain.
                        cites: [p1]
                        minWords: -5
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "minWords must not be negative, is -5");
        }

        @Test
        void a_check_without_a_correct_option_is_reported() {
            course.steps("""
                      - key: check-stages
                        kind: check
                        question: How many stages?
                        cites: [p2]
                        options:
                          - { key: a, text: Two, feedback: No. }
                          - { key: b, text: Three, feedback: No. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "step \"check-stages\" has no correct option");
        }

        @Test
        void a_single_choice_check_with_two_correct_options_is_reported() {
            course.steps("""
                      - key: check-stages
                        kind: check
                        question: How many stages?
                        cites: [p2]
                        options:
                          - { key: a, text: Two, correct: true, feedback: Yes. }
                          - { key: b, text: Three, correct: true, feedback: Yes. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10,
                    "step \"check-stages\" has 2 correct options: mark only one, or set multiple: true");
        }

        @Test
        void a_check_with_fewer_than_two_options_is_reported() {
            course.steps("""
                      - key: check-stages
                        kind: check
                        question: How many stages?
                        cites: [p2]
                        options:
                          - { key: a, text: Three, correct: true, feedback: Yes. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "step \"check-stages\" needs at least two options, has 1");
        }

        @Test
        void a_duplicate_option_key_is_reported_at_its_second_use() {
            course.steps("""
                      - key: check-stages
                        kind: check
                        question: How many stages?
                        cites: [p2]
                        options:
                          - key: a
                            text: Two
                            feedback: No.
                          - key: a
                            text: Three
                            correct: true
                            feedback: Yes.
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 14,
                    "duplicate option key \"a\" in step \"check-stages\" (first at line 11)");
        }

        @Test
        void a_rubric_criterion_with_fewer_than_two_levels_is_reported() {
            course.steps("""
                      - key: respond-stage
                        kind: respond
                        prompt: Explain.
                        cites: [p1]
                        rubric:
                          criteria:
                            - key: evidence
                              title: Uses the text
                              levels:
                                - { score: 0, label: Missing, description: No reference. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 14, "criterion \"evidence\" needs at least two levels, has 1");
        }

        @Test
        void rubric_scores_that_do_not_increase_strictly_are_reported() {
            course.steps("""
                      - key: respond-stage
                        kind: respond
                        prompt: Explain.
                        cites: [p1]
                        rubric:
                          criteria:
                            - key: evidence
                              title: Uses the text
                              levels:
                                - { score: 0, label: Missing, description: No reference. }
                                - { score: 2, label: Strong, description: Quotes and explains. }
                                - { score: 2, label: Partial, description: Refers loosely. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 17,
                    "level scores in criterion \"evidence\" must increase strictly, but 2 follows 2");
        }
    }

    @Nested
    class Positions {

        private static final String BEFORE_STEP = """
                  - key: position-before
                    kind: position
                    moment: before
                    claim: The relationship is a marriage of expediency.
                    cites: [p1]
                """;

        @Test
        void a_before_step_without_a_claim_is_reported() {
            course.steps("""
                      - key: position-before
                        kind: position
                        moment: before
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 6,
                    "step \"position-before\" is missing required field \"claim\"");
        }

        @Test
        void an_unknown_moment_is_reported() {
            course.steps("""
                      - key: position-before
                        kind: position
                        moment: during
                        claim: The relationship is a marriage of expediency.
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 8, "moment must be one of before, after, not \"during\"");
        }

        @Test
        void an_after_step_without_repeats_is_reported() {
            course.steps(BEFORE_STEP + """
                      - key: position-after
                        kind: position
                        moment: after
                        cites: []
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 11,
                    "step \"position-after\" has moment: after, so it must name the earlier moment: before step in repeats");
        }

        @Test
        void an_after_step_repeating_a_missing_step_is_reported() {
            course.steps(BEFORE_STEP + """
                      - key: position-after
                        kind: position
                        moment: after
                        repeats: position-start
                        cites: []
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 14,
                    "step \"position-after\" repeats \"position-start\", which is not a step of this lesson");
        }

        @Test
        void an_after_step_repeating_a_later_step_is_reported() {
            course.steps("""
                      - key: position-after
                        kind: position
                        moment: after
                        repeats: position-before
                        cites: []
                    """ + BEFORE_STEP);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 9,
                    "step \"position-after\" repeats \"position-before\", which does not come before it");
        }

        @Test
        void an_after_step_repeating_a_step_that_is_no_before_position_is_reported() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: Read the opening.
                        cites: [p1]
                      - key: position-after
                        kind: position
                        moment: after
                        repeats: read-opening
                        cites: []
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 14,
                    "step \"position-after\" repeats \"read-opening\", which is not a position step with moment: before");
        }
    }

    @Nested
    class Quotations {

        @Test
        void a_quotation_of_a_missing_paragraph_is_reported() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: |
                          The author opens with a claim.

                          > an important turning point [p9]
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 12,
                    "step \"read-opening\" quotes paragraph \"p9\", which is not in reading.md");
        }

        @Test
        void a_quotation_whose_words_are_not_in_the_paragraph_is_reported() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: |
                          The author opens with a claim.

                          > an unimportant turning point [p1]
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 12,
                    "quotation \"an unimportant turning point\" in step \"read-opening\" is not in paragraph p1 of reading.md");
        }

        @Test
        void a_quotation_whose_fragments_are_out_of_order_is_reported() {
            course.steps("""
                      - key: read-opening
                        kind: read
                        title: The opening
                        text: |
                          > nothing is settled … an important turning point [p1]
                        cites: [p1]
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 10, "is not in paragraph p1 of reading.md");
        }

        @Test
        void a_quotation_without_the_paragraph_it_quotes_is_reported() {
            course.steps("""
                      - key: check-stages
                        kind: check
                        question: |
                          Read this:

                          > an important turning point

                          What follows?
                        cites: [p1]
                        options:
                          - { key: a, text: Peace, correct: true, feedback: Yes. }
                          - { key: b, text: War, feedback: No. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 11,
                    "quotation in step \"check-stages\" must end with the id of the paragraph it quotes");
        }

        @Test
        void a_quotation_in_option_feedback_is_checked_too() {
            course.steps("""
                      - key: check-stages
                        kind: check
                        question: How many stages?
                        cites: [p2]
                        options:
                          - key: a
                            text: Two
                            feedback: "> four stages of transition [p2]"
                          - { key: b, text: Three, correct: true, feedback: Yes. }
                    """);

            assertOnlyProblem("sample/lessons/01-intro.yaml", 13,
                    "in option \"a\" of step \"check-stages\" is not in paragraph p2");
        }
    }

    @Nested
    class AllAtOnce {

        @Test
        void problems_in_several_files_are_all_reported_at_once_in_file_and_line_order() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "colour: blue\n")
                    .file("reading.md", CourseFolder.READING + "\n{#p2} Again.\n")
                    .steps("""
                              - key: respond-stage
                                kind: respond
                                prompt: Explain.
                                cites: [p7]
                                minWords: 400
                                maxWords: 300
                            """);
            CourseFolder.write(contentRoot, "second").file("course.yaml",
                    CourseFolder.COURSE_YAML.formatted("second").replace("language: en", "language: en_GB"));

            var problems = problemsOf(() -> loader.load(contentRoot));

            assertThat(problems).extracting(p -> contentRoot.relativize(p.file()).toString(), ContentProblem::line)
                    .containsExactly(
                            tuple("sample/course.yaml", 11),
                            tuple("sample/lessons/01-intro.yaml", 9),
                            tuple("sample/lessons/01-intro.yaml", 10),
                            tuple("sample/reading.md", 11),
                            tuple("second/course.yaml", 4));
        }

        @Test
        void the_exception_message_lists_every_problem_as_file_line_message() {
            course.file("course.yaml", CourseFolder.COURSE_YAML.formatted("sample") + "colour: blue\n")
                    .file("reading.md", CourseFolder.READING + "\n{#p2} Again.\n");

            assertThatExceptionOfType(ContentValidationException.class)
                    .isThrownBy(() -> loader.load(contentRoot))
                    .withMessageStartingWith("Course content is invalid (2 problems):\n")
                    .withMessageContaining(contentRoot.resolve("sample/course.yaml") + ":11: unknown field \"colour\"")
                    .withMessageContaining(contentRoot.resolve("sample/reading.md") + ":11: duplicate paragraph id");
        }

        @Test
        void a_missing_content_folder_is_reported() {
            var missing = contentRoot.resolve("nowhere");

            var problems = problemsOf(() -> loader.load(missing));

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo(missing);
                assertThat(problem.message()).contains("the content folder does not exist");
            });
        }
    }

    private Step step(String stepKey) {
        return loader.load(contentRoot).getFirst().step("intro/" + stepKey).orElseThrow();
    }

    private void assertOnlyProblem(String relativeFile, int line, String message) {
        var problems = problemsOf(() -> loader.load(contentRoot));

        assertThat(problems).as("problems reported").singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(contentRoot.resolve(relativeFile));
            assertThat(problem.line()).as("line of: " + problem.message()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
        });
    }

    private static List<ContentProblem> problemsOf(Runnable loading) {
        try {
            loading.run();
        } catch (ContentValidationException e) {
            return e.problems();
        }
        return fail("expected the content to be refused");
    }
}
