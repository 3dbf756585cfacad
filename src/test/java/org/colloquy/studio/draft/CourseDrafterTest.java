package org.colloquy.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.RespondStep;
import org.colloquy.content.load.ContentLoader;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.essay.EssayImport;
import org.colloquy.studio.questions.QuestionFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's essay and the questions she kept become a course that passes the same checks as a hand-written one. */
class CourseDrafterTest {

    @TempDir
    Path content;

    private final CourseDrafter drafter = new CourseDrafter();

    @Test
    void theSinoRussianEssayIsDraftedIntoACourseTheStrictLoaderAccepts() throws IOException {
        Essay essay = essay("essay-sino-russian-relations.txt");
        List<OpenQuestion> questions = new QuestionFinder().find(essay);

        Course course = draftAndLoad(essay, questions, "sino-russian-draft");

        assertThat(questions).isNotEmpty();
        assertThat(course.reading().paragraphs()).hasSize(essay.paragraphs().size());
        assertThat(course.lessons()).hasSizeGreaterThan(1);
        assertThat(course.lessons().getLast().key()).isEqualTo("synthesis");
        assertThat(course.source().title()).isEqualTo(essay.title());
    }

    @Test
    void everyLessonHasObjectivesAReadStepAPositionBeforeAndAfterARespondStepWithARubricAndADiscussion()
            throws IOException {
        Essay essay = essay("essay-sino-russian-relations.txt");

        Course course = draftAndLoad(essay, new QuestionFinder().find(essay), "sino-russian-draft");

        for (Lesson lesson : course.lessons().subList(0, course.lessons().size() - 1)) {
            assertThat(lesson.objectives()).as(lesson.key()).isNotEmpty();
            assertThat(kinds(lesson)).as(lesson.key()).startsWith("position", "read").contains("respond", "discuss")
                    .endsWith("position");
            assertThat(lesson.steps()).filteredOn(RespondStep.class::isInstance)
                    .allSatisfy(step -> assertThat(((RespondStep) step).rubric()).isNotNull());
        }
    }

    @Test
    void aChineseEssayIsDraftedInChineseAndPassesTheLoader() throws IOException {
        Essay essay = essay("essay-zh.txt");

        Course course = draftAndLoad(essay, new QuestionFinder().find(essay), "city-and-village");

        assertThat(course.language()).isEqualTo("zh");
        assertThat(course.source().author()).isEqualTo("李明");
        assertThat(course.lessons().getFirst().objectives().getFirst()).contains("找出");
    }

    @Test
    void aRussianEssayIsDraftedInRussianAndPassesTheLoader() throws IOException {
        Essay essay = essay("essay-ru.txt");

        Course course = draftAndLoad(essay, new QuestionFinder().find(essay), "gorod-i-derevnya");

        assertThat(course.language()).isEqualTo("ru");
        assertThat(course.source().author()).isEqualTo("Иван Петров");
        assertThat(course.lessons().getFirst().title()).startsWith("Абзац");
    }

    @Test
    void sectionsOfTheEssayBecomeHeadingsOfTheReadingAndTitlesOfTheirLessons() throws IOException {
        Essay essay = new EssayImport().pasted("""
                # Two questions

                ## Work

                Work changes. Will it get better?

                ## Rest

                Rest matters too. Can we rest enough?
                """);

        Course course = draftAndLoad(essay, new QuestionFinder().find(essay), "two-questions");

        assertThat(course.reading().paragraphs()).extracting(p -> p.heading()).containsExactly("Work", "Rest");
        assertThat(course.lessons()).extracting(Lesson::title).containsExactly("Work", "Rest",
                "Synthesis: the questions the essay leaves open");
    }

    @Test
    void aQuestionWithQuotesColonsCommasAndHashesSurvivesTheYamlWordForWord() throws IOException {
        String question = "But what of \"order\": is it #1, or — as 'some' say \\ — merely: {a} [b] & *c*?";
        Essay essay = new Essay("Odd: signs", "A. Writer", "odd.txt", "en",
                List.of(new EssayParagraph(1, null, "Order matters. " + question)));

        Course course = draftAndLoad(essay,
                List.of(new OpenQuestion(1, 2, question, OpenQuestion.Kind.EXPLICIT, "question mark")), "odd");

        var respond = (RespondStep) course.lessons().getFirst().steps().stream()
                .filter(RespondStep.class::isInstance).findFirst().orElseThrow();
        assertThat(respond.prompt().plainText()).isEqualTo(question);
        assertThat(respond.rubric().criteria().getFirst().levels().getLast().description())
                .isEqualTo("Quotes the passage accurately and explains, in its own words, what it shows.");
    }

    @Test
    void anImpliedQuestionIsAskedAsWhatTheEssayLeavesOpen() throws IOException {
        Essay essay = new Essay("Open", "", "", "en",
                List.of(new EssayParagraph(1, null, "It remains to be seen whether the plan works.")));

        Course course = draftAndLoad(essay, List.of(new OpenQuestion(1, 1,
                "It remains to be seen whether the plan works.", OpenQuestion.Kind.IMPLIED, "remains to be seen")), "open");

        var respond = (RespondStep) course.lessons().getFirst().steps().stream()
                .filter(RespondStep.class::isInstance).findFirst().orElseThrow();
        assertThat(respond.prompt().plainText()).startsWith("The essay leaves this open: “It remains to be seen");
        assertThat(course.source().author()).isEqualTo("Author not yet named");
    }

    @Test
    void neighbouringQuestionsShareALessonAndDistantOnesGetTheirOwn() {
        var paragraphs = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(n -> new EssayParagraph(n, null, "Paragraph " + n + ". Why " + n + "?")).toList();
        Essay essay = new Essay("Ten", "", "", "en", paragraphs);

        DraftCourse draft = drafter.draft(essay, List.of(question(1), question(2), question(9)), "ten");

        assertThat(draft.files().keySet()).containsExactly("course.yaml", "reading.md",
                "lessons/01-paragraphs-1-2.yaml", "lessons/02-paragraph-9.yaml", "lessons/03-synthesis.yaml");
    }

    @Test
    void aDraftNeedsAValidCourseKeyAtLeastOneQuestionAndQuestionsInsideTheEssay() {
        Essay essay = new Essay("One", "", "", "en", List.of(new EssayParagraph(1, null, "Why?")));

        assertThatThrownBy(() -> drafter.draft(essay, List.of(question(1)), "Bad Key"))
                .isInstanceOf(Refusal.class).hasMessageContaining("“Bad Key” cannot be a course key");
        assertThatThrownBy(() -> drafter.draft(essay, List.of(), "one"))
                .isInstanceOf(Refusal.class).hasMessageContaining("keep at least one");
        assertThatThrownBy(() -> drafter.draft(essay, List.of(question(4)), "one"))
                .isInstanceOf(Refusal.class).hasMessageContaining("paragraph 4, but the essay has 1 paragraphs");
    }

    private static OpenQuestion question(int paragraph) {
        return new OpenQuestion(paragraph, 2, "Why " + paragraph + "?", OpenQuestion.Kind.EXPLICIT, "question mark");
    }

    private Course draftAndLoad(Essay essay, List<OpenQuestion> questions, String key) throws IOException {
        drafter.draft(essay, questions, key).writeTo(content.resolve(key));
        List<Course> courses = new ContentLoader().load(content);
        assertThat(courses).hasSize(1);
        return courses.getFirst();
    }

    private static List<String> kinds(Lesson lesson) {
        return lesson.steps().stream().map(step -> step.getClass().getSimpleName().replace("Step", "")
                .toLowerCase(java.util.Locale.ROOT)).toList();
    }

    static Essay essay(String resource) throws IOException {
        try (InputStream in = CourseDrafterTest.class.getResourceAsStream("/studio/" + resource)) {
            return new EssayImport().file(resource, in.readAllBytes());
        }
    }
}
