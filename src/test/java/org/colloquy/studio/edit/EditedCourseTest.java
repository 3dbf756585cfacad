package org.colloquy.studio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.Course;
import org.colloquy.content.LoadedContent;
import org.colloquy.content.load.ContentLoader;
import org.colloquy.studio.Essay;
import org.colloquy.studio.draft.CourseDrafter;
import org.colloquy.studio.draft.CourseDrafterTestEssays;
import org.colloquy.studio.draft.DraftCourse;
import org.colloquy.studio.questions.QuestionFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file a course has is read into the forms and written back with the same meaning, and every problem of the
 * strict check finds the field whose lines it names (decision 0041).
 */
class EditedCourseTest {

    static final Path SHIPPED = Path.of("content", "sino-russian-relations");

    @TempDir
    Path checks;

    @Test
    void every_file_of_the_shipped_course_is_read_into_the_forms_and_written_back_as_the_same_course()
            throws IOException {
        DraftCourse shipped = folder(SHIPPED);
        EditedCourse edited = EditedCourse.of(shipped);

        assertThat(edited.parts()).as("no file of the shipped course is left as text")
                .allSatisfy(part -> assertThat(part.raw()).as(part.name() + " " + part.unreadable()).isFalse());
        assertThat(edited.lessons()).hasSize(9);
        DraftCourse written = edited.write().draft();

        assertThat(written.files().keySet()).containsExactlyInAnyOrderElementsOf(shipped.files().keySet());
        assertThat(withoutVersion(load(written))).isEqualTo(withoutVersion(load(shipped)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"essay-sino-russian-relations.txt", "essay-zh.txt", "essay-ru.txt"})
    void a_drafted_course_is_read_into_the_forms_and_written_back_as_the_same_course(String essayFile)
            throws IOException {
        Essay essay = CourseDrafterTestEssays.essay(essayFile);
        DraftCourse drafted = new CourseDrafter().draft(essay, new QuestionFinder().find(essay), "drafted");
        EditedCourse edited = EditedCourse.of(drafted);

        assertThat(edited.parts()).allSatisfy(part -> assertThat(part.raw()).as(part.name()).isFalse());
        DraftCourse written = edited.write().draft();

        assertThat(written.files()).isEqualTo(edited.write().draft().files());
        assertThat(withoutVersion(load(written))).isEqualTo(withoutVersion(load(drafted)));
    }

    @Test
    void a_word_limit_out_of_order_is_placed_at_the_minimum_words_field_of_its_step() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        StepForm respond = edited.lessons().getFirst().form().steps.stream()
                .filter(step -> step.kind == StepKind.RESPOND).findFirst().orElseThrow();
        respond.minWords = 400;
        respond.maxWords = 300;

        var placed = check(edited);

        assertThat(placed).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(new FieldRef(respond, "minWords"));
            assertThat(problem.said()).matches("lessons/01-three-stages\\.yaml:\\d+: minWords \\(400\\) is greater "
                    + "than maxWords \\(300\\)");
        });
    }

    @Test
    void an_empty_option_feedback_and_an_unknown_cite_are_each_placed_at_their_own_field() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        LessonForm lesson = edited.lessons().get(1).form();
        StepForm check = lesson.steps.stream().filter(step -> step.kind == StepKind.CHECK).findFirst().orElseThrow();
        StepForm.Option option = check.options.get(1);
        option.feedback = "  ";
        check.cites.add("p99");

        var byField = Written.byField(check(edited));

        assertThat(byField.get(new FieldRef(option, "feedback"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("feedback in option")
                        .endsWith("must not be empty"));
        assertThat(byField.get(new FieldRef(check, "cites"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("cites paragraph \"p99\""));
    }

    @Test
    void an_edit_of_the_reading_that_breaks_a_quotation_is_flagged_at_the_quotation_and_at_the_paragraph()
            throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        ReadingForm.Block p1 = edited.reading().form().paragraphs().getFirst();
        p1.text = "The relationship between the two countries is at a crossroads.";
        StepForm read = edited.lessons().getFirst().form().steps.get(1);

        var byField = Written.byField(check(edited));

        assertThat(byField.get(new FieldRef(read, "text"))).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.message()).contains("is not in paragraph p1 of reading.md"));
        assertThat(byField.get(new FieldRef(p1, "text"))).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.file()).startsWith("lessons/"));
    }

    @Test
    void a_problem_on_a_line_no_field_wrote_stays_with_its_file() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        var lesson = edited.lessons().get(2);
        lesson.toText();
        lesson.edit(lesson.text().replaceFirst("(?m)^title:", "titel:"));

        var placed = check(edited);

        assertThat(placed).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.field()).isNull();
            assertThat(problem.part()).isSameAs(lesson);
        });
        assertThat(placed).extracting(Written.Placed::message)
                .anySatisfy(message -> assertThat(message).contains("unknown field \"titel\""));
    }

    @Test
    void a_file_the_forms_cannot_read_stays_text_with_every_character_and_says_why() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        var lesson = edited.lessons().getFirst();
        lesson.toText();
        String typed = lesson.text().replaceFirst("(?m)^title:", "# a comment\ntitel:");
        lesson.edit(typed);

        assertThat(lesson.toForms()).isFalse();

        assertThat(lesson.raw()).isTrue();
        assertThat(lesson.text()).isEqualTo(typed);
        assertThat(lesson.unreadable()).hasValueSatisfying(why -> assertThat(why.getMessage())
                .contains("field \"titel\""));
        assertThat(edited.write().draft().files().get(lesson.name())).isEqualTo(typed);
    }

    @Test
    void text_edited_by_hand_goes_back_into_the_forms_with_its_change() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        var lesson = edited.lessons().getFirst();
        lesson.toText();
        lesson.edit(lesson.text().replaceFirst("(?m)^title: .*", "title: Three stages, retold"));

        assertThat(lesson.toForms()).isTrue();

        assertThat(lesson.form().title).isEqualTo("Three stages, retold");
        assertThat(check(edited)).isEmpty();
    }

    private List<Written.Placed> check(EditedCourse edited) throws IOException {
        Written written = edited.write();
        return written.place(problems(written.draft()));
    }

    /** The strict loader's problems, with files named as the publisher's check names them (under the course key). */
    private List<ContentProblem> problems(DraftCourse draft) throws IOException {
        Path root = Files.createTempDirectory(checks, "check");
        draft.writeTo(root.resolve(draft.key()));
        LoadedContent loaded = new ContentLoader().loadCourseOrCourses(root.resolve(draft.key()));
        return loaded.problems().stream().map(problem -> new ContentProblem(
                root.relativize(problem.file().toAbsolutePath()), problem.line(), problem.message())).toList();
    }

    private Course load(DraftCourse draft) throws IOException {
        Path root = Files.createTempDirectory(checks, "load");
        draft.writeTo(root.resolve(draft.key()));
        LoadedContent loaded = new ContentLoader().loadCourseOrCourses(root.resolve(draft.key()));
        assertThat(loaded.problems()).isEmpty();
        return loaded.courses().getFirst();
    }

    private static Course withoutVersion(Course course) {
        return new Course(course.key(), course.title(), course.summary(), course.language(), course.direction(),
                course.source(), course.reading(), course.lessons(), "");
    }

    @Test
    void a_paragraph_added_after_another_gets_a_new_id_that_a_removed_paragraph_never_gives_back() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        ReadingForm.Block p17 = paragraph(edited, "p17");

        ReadingForm.Block added = edited.addParagraph(p17);
        assertThat(added.id).isEqualTo("p19");
        assertThat(edited.removeBlock(added)).isEmpty();
        ReadingForm.Block again = edited.addParagraph(p17);
        again.text = "A new paragraph.";

        assertThat(again.id).isEqualTo("p20");
        assertThat(edited.write().draft().files().get("reading.md"))
                .containsSubsequence("{#p17}", "{#p20} A new paragraph.", "{#p18}").doesNotContain("{#p19}");
    }

    @Test
    void a_paragraph_a_lesson_cites_or_quotes_is_not_removed_and_the_lessons_steps_that_do_are_named()
            throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));

        List<EditedCourse.Citing> citing = edited.removeBlock(paragraph(edited, "p1"));

        assertThat(citing).isNotEmpty().allSatisfy(each -> {
            assertThat(each.lesson()).isEqualTo(1);
            assertThat(each.lessonTitle()).isEqualTo("Three stages of domestic transition");
            assertThat(each.step()).isNotBlank();
        });
        assertThat(edited.reading().form().paragraphs()).extracting(block -> block.id).contains("p1");
    }

    @Test
    void a_section_heading_can_be_added_after_a_paragraph_and_removed_again() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        ReadingForm.Block heading = edited.addHeading(paragraph(edited, "p2"));
        heading.text = "A new part";

        assertThat(edited.write().draft().files().get("reading.md")).containsSubsequence("{#p2}", "## A new part",
                "{#p3}");
        assertThat(edited.removeBlock(heading)).isEmpty();
        assertThat(edited.write().draft().files().get("reading.md")).doesNotContain("## A new part");
    }

    @Test
    void a_lesson_dragged_onto_the_first_one_becomes_the_first_and_the_files_are_numbered_again() throws IOException {
        EditedCourse edited = EditedCourse.of(folder(SHIPPED));
        var third = edited.lessons().get(2);

        int place = edited.lessonDropPlace(third, edited.lessons().getFirst());
        edited.moveLesson(third, place);

        assertThat(place).isZero();
        assertThat(edited.lessons().getFirst()).isSameAs(third);
        assertThat(edited.write().draft().files()).containsKey("lessons/01-expediency-and-order.yaml")
                .containsKey("lessons/02-three-stages.yaml");
        assertThat(edited.lessonDropPlace(third, third)).isEqualTo(-1);
    }

    private static ReadingForm.Block paragraph(EditedCourse edited, String id) {
        return edited.reading().form().paragraphs().stream().filter(block -> block.id.equals(id)).findFirst()
                .orElseThrow();
    }

    static DraftCourse folder(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return new DraftCourse(folder.getFileName().toString(), files);
    }
}
