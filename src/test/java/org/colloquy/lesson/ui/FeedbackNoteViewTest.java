package org.colloquy.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.lesson.FeedbackNote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = LessonView.class)
class FeedbackNoteViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseCatalog catalog;

    @Test
    void the_student_reads_her_scores_in_the_rubrics_order_with_their_total() {
        FeedbackNote note = new FeedbackNote("Good.", List.of(
                new FeedbackNote.Score("analysis", 1, ""),
                new FeedbackNote.Score("reading", 2, "Close reading.")), Instant.parse("2026-12-01T10:00:00Z"));

        FeedbackNoteView view = new FeedbackNoteView(note, rubric());

        assertThat(view.getChildren().flatMap(child -> child.getChildren()).filter(ListItem.class::isInstance)
                .map(item -> item.getElement().getTextRecursively()))
                .containsExactly("Reads the passage accurately: Strong (2 of 2)Close reading.",
                        "Explains the tension: Partial (1 of 2)");
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(paragraph -> paragraph.hasClassName("feedback-total")).map(Paragraph::getText))
                .containsExactly("Total: 3 / 4");
    }

    private Rubric rubric() {
        RespondStep step = (RespondStep) catalog.require("sino-russian-relations")
                .step("three-stages/respond-balance").orElseThrow();
        return step.rubric();
    }
}
