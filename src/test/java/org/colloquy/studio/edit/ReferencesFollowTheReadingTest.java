package org.colloquy.studio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.colloquy.content.Citations;
import org.colloquy.content.Course;
import org.colloquy.content.LoadedContent;
import org.colloquy.content.load.ContentLoader;
import org.colloquy.studio.draft.DraftCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph added to or removed from the reading in the editor: every reference that names a later paragraph by its
 * place, in every lesson, step kind and field, is renumbered so it names the same text (decision 0053).
 */
class ReferencesFollowTheReadingTest {

    private static final String READING = """
            # On Timing

            {#p1} Nations cooperate when their interests meet. Is that meeting an accident of history?

            ## Trade

            {#p2} Trade has grown for a decade. Who decides the pace? Nobody seems to.

            {#p3} Ports were built first. Roads came later. Rails came last.

            {#p4} The future is open. Much remains to be seen.
            """;

    private static final String COURSE = """
            key: "timing"
            title: "On Timing"
            summary: "A course on paragraph 3 and its neighbours."
            source:
              title: "On Timing"
              author: "A. Writer"
            reading: "reading.md"
            lessons:
              - "every-kind"
              - "as-text"
            """;

    /** One lesson with every step kind, each field naming paragraph 3 (the ports) by its place. */
    private static final String EVERY_KIND = """
            key: "every-kind"
            title: "Paragraph 3: the ports"
            summary: "What paragraphs 2–4 say about order."
            objectives:
              - "Find the order in [¶3.2]."
            steps:
              - key: "position-before"
                kind: position
                moment: before
                claim: "Paragraph 3 settles the order: [¶3.1]"
                cites: []
              - key: "read"
                kind: read
                title: "Read paragraph 3"
                text: |
                  Read [¶3] closely, then [¶4.2].

                  > Roads came later [p3]
                cites: [p3]
              - key: "check"
                kind: check
                question: "What does [¶3.3] say came last?"
                cites: [p3]
                options:
                  - key: "a"
                    text: "The rails of [¶3.3]"
                    correct: true
                    feedback: "Yes: paragraph 3 ends with them."
                  - key: "b"
                    text: "The roads"
                    feedback: "No: see [¶3.2]."
              - key: "respond"
                kind: respond
                prompt: "Why were ports first in [¶3.1]?"
                guidance: "Quote at least one phrase of paragraph 3."
                cites: [p3]
                rubric:
                  criteria:
                    - key: "evidence"
                      title: "Uses paragraph 3"
                      levels:
                        - score: 0
                          label: "Missing ¶3"
                          description: "No reference to [¶3]."
                        - score: 1
                          label: "Uses ¶3"
                          description: "Quotes [¶3.2] accurately."
              - key: "discuss"
                kind: discuss
                prompt: "Discuss with your class: is [¶1.2] answered by [¶3]?"
                cites: [p1, p3]
              - key: "argue"
                kind: argue
                claim: "Trade came before transport, as [¶2.1] and [¶3.1] show."
                guidance: "Rest your reason on paragraph 2 or paragraph 3."
                cites: [p2, p3]
              - key: "position-after"
                kind: position
                moment: after
                repeats: "position-before"
                cites: []
            """;

    /** A lesson the teacher edits as text: it is renumbered as text. */
    private static final String AS_TEXT = """
            key: "as-text"
            title: "Paragraph 3 again"
            summary: "Reread [¶3.2]."
            objectives:
              - "Say why."
            steps:
              - key: "respond"
                kind: respond
                prompt: "Is [¶4.1] true of [¶3]?"
                cites: [p4]
            """;

    @TempDir
    Path checks;

    @Test
    void a_paragraph_inserted_above_a_cited_one_renumbers_every_field_of_every_step_kind_to_the_same_text()
            throws IOException {
        EditedCourse edited = edited(draft());
        Course before = load(edited.write().draft());

        ReadingForm.Block added = edited.addParagraph(paragraph(edited, "p1"));
        added.text = "A new thought, put in by the teacher.";
        DraftCourse after = edited.write().draft();

        String lesson = after.files().get("lessons/01-every-kind.yaml");
        assertThat(lesson).contains("title: \"Paragraph 4: the ports\"", "What paragraphs 3–5 say about order.",
                "Find the order in [¶4.2].", "Paragraph 4 settles the order: [¶4.1]", "Read paragraph 4",
                "Read [¶4] closely, then [¶5.2].", "> Roads came later [p3]", "What does [¶4.3] say came last?",
                "The rails of [¶4.3]", "Yes: paragraph 4 ends with them.", "No: see [¶4.2].",
                "Why were ports first in [¶4.1]?", "Quote at least one phrase of paragraph 4.", "Uses paragraph 4",
                "Missing ¶4", "No reference to [¶4].", "Quotes [¶4.2] accurately.",
                "is [¶1.2] answered by [¶4]?", "as [¶3.1] and [¶4.1] show.", "paragraph 3 or paragraph 4.")
                .doesNotContain("aragraph 3:");
        assertThat(after.files().get("lessons/02-as-text.yaml")).contains("title: \"Paragraph 4 again\"",
                "Reread [¶4.2].", "Is [¶5.1] true of [¶4]?");
        assertThat(after.files().get("course.yaml")).contains("A course on paragraph 4 and its neighbours.");

        Course now = load(after);
        assertThat(cited(now, "Why were ports first in [¶4.1]?"))
                .isEqualTo(cited(before, "Why were ports first in [¶3.1]?"))
                .isEqualTo("Ports were built first.");
        assertThat(edited.takeFollowed()).isGreaterThan(20);
    }

    @Test
    void a_paragraph_inserted_after_the_cited_ones_renumbers_only_what_follows_it() {
        EditedCourse edited = edited(draft());

        edited.addParagraph(paragraph(edited, "p3")).text = "Added after the ports.";
        String lesson = edited.write().draft().files().get("lessons/01-every-kind.yaml");

        assertThat(lesson).contains("Read [¶3] closely, then [¶5.2].", "is [¶1.2] answered by [¶3]?",
                "What paragraphs 2–5 say about order.");
    }

    @Test
    void a_section_heading_added_counts_for_no_paragraph_and_renumbers_nothing() {
        EditedCourse edited = edited(draft());
        String lessonBefore = edited.write().draft().files().get("lessons/01-every-kind.yaml");

        edited.addHeading(paragraph(edited, "p1")).text = "Beginnings";
        Map<String, String> after = edited.write().draft().files();

        assertThat(after.get("lessons/01-every-kind.yaml")).isEqualTo(lessonBefore);
        assertThat(edited.takeFollowed()).isZero();
    }

    @Test
    void removing_an_uncited_paragraph_before_cited_ones_renumbers_them_one_place_back() throws IOException {
        EditedCourse edited = edited(draft());
        ReadingForm.Block added = edited.addParagraph(paragraph(edited, "p1"));
        added.text = "For a moment only.";
        Map<String, String> withIt = edited.write().draft().files();
        EditedCourse again = edited(new DraftCourse("timing", withIt));

        assertThat(again.removeBlock(paragraph(again, added.id))).isEmpty();
        DraftCourse after = again.write().draft();

        assertThat(withIt.get("lessons/01-every-kind.yaml")).contains("Read [¶4] closely, then [¶5.2].");
        assertThat(after.files().get("lessons/01-every-kind.yaml"))
                .isEqualTo(edited(draft()).write().draft().files().get("lessons/01-every-kind.yaml"))
                .contains("Read [¶3] closely, then [¶4.2].");
        assertThat(after.files().get("lessons/02-as-text.yaml")).isEqualTo(AS_TEXT);
        assertThat(cited(load(after), "[¶3.1]")).isEqualTo("Ports were built first.");
    }

    @Test
    void a_paragraph_a_lesson_names_by_its_number_cannot_be_removed_and_the_message_names_the_lesson() {
        EditedCourse edited = edited(draft());

        var citing = edited.removeBlock(paragraph(edited, "p4"));

        assertThat(citing).extracting(EditedCourse.Citing::step).contains("", "read");
        assertThat(edited.reading().form().paragraphs()).hasSize(4);
    }

    @Test
    void a_paragraph_inserted_in_the_reading_edited_as_text_is_followed_by_its_ids() {
        EditedCourse edited = edited(draft());
        edited.reading().toText();
        edited.write();

        edited.reading().edit(READING.replace("{#p2}", "{#p9} A paragraph typed as text.\n\n{#p2}"));
        String lesson = edited.write().draft().files().get("lessons/01-every-kind.yaml");

        assertThat(lesson).contains("Read [¶4] closely, then [¶5.2].", "is [¶1.2] answered by [¶4]?");
    }

    /** The draft in the editor, its second lesson edited as text. */
    private static EditedCourse edited(DraftCourse draft) {
        EditedCourse edited = EditedCourse.of(draft);
        edited.lessons().get(1).toText();
        return edited;
    }

    private static DraftCourse draft() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", COURSE);
        files.put("reading.md", READING);
        files.put("lessons/01-every-kind.yaml", EVERY_KIND);
        files.put("lessons/02-as-text.yaml", AS_TEXT);
        return new DraftCourse("timing", files);
    }

    private static ReadingForm.Block paragraph(EditedCourse edited, String id) {
        return edited.reading().form().paragraphs().stream().filter(block -> block.id.equals(id)).findFirst()
                .orElseThrow();
    }

    /** The text of the sentence the first citation of {@code text} names, in this course's reading. */
    private static String cited(Course course, String text) {
        return Citations.resolve(text, course.reading()).getFirst().sentenceText();
    }

    private Course load(DraftCourse draft) throws IOException {
        Path root = Files.createTempDirectory(checks, "load");
        draft.writeTo(root.resolve(draft.key()));
        LoadedContent loaded = new ContentLoader().loadCourseOrCourses(root.resolve(draft.key()));
        assertThat(loaded.problems()).isEmpty();
        return loaded.courses().getFirst();
    }
}
