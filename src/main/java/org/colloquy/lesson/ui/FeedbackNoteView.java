package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Rubric;
import org.colloquy.lesson.FeedbackNote;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Released instructor feedback, shown beside the student's own answer. */
class FeedbackNoteView extends Div {

    FeedbackNoteView(FeedbackNote note, @Nullable Rubric rubric) {
        addClassName("feedback-note");
        setId("feedback-note");
        add(new H3(getTranslation("lesson.feedback.title")));
        Span when = new Span(getTranslation("lesson.feedback.released", TimeDisplay.dateTime(note.releasedAt())));
        when.addClassName("submission-time");
        add(when);
        if (!note.comment().isBlank()) {
            Paragraph comment = new Paragraph(note.comment());
            comment.addClassName("work-body");
            add(comment);
        }
        if (!note.scores().isEmpty()) {
            UnorderedList scores = new UnorderedList();
            scores.addClassName("feedback-scores");
            List<FeedbackNote.Score> inOrder = rubric == null ? note.scores()
                    : rubric.inOrder(note.scores(), FeedbackNote.Score::criterionKey);
            for (FeedbackNote.Score score : inOrder) {
                ListItem item = new ListItem(describe(score, rubric));
                if (!score.comment().isBlank()) {
                    Paragraph comment = new Paragraph(score.comment());
                    comment.addClassName("work-body");
                    item.add(comment);
                }
                scores.add(item);
            }
            add(scores);
            if (rubric != null) {
                Rubric.Total total = rubric.total(note.scores(), FeedbackNote.Score::criterionKey,
                        FeedbackNote.Score::score);
                Paragraph sum = new Paragraph(getTranslation("lesson.feedback.total", total.points(), total.max()));
                sum.addClassName("feedback-total");
                add(sum);
            }
        }
    }

    private String describe(FeedbackNote.Score score, @Nullable Rubric rubric) {
        if (rubric == null) {
            return getTranslation("lesson.feedback.score", score.criterionKey(), score.score());
        }
        return rubric.criteria().stream().filter(criterion -> criterion.key().equals(score.criterionKey())).findFirst()
                .map(criterion -> getTranslation("lesson.feedback.score", criterion.title(), criterion.levels().stream()
                        .filter(level -> level.score() == score.score()).findFirst()
                        .map(level -> getTranslation("lesson.feedback.level", level.label(), level.score(),
                                criterion.levels().getLast().score()))
                        .orElse(String.valueOf(score.score()))))
                .orElse(getTranslation("lesson.feedback.score", score.criterionKey(), score.score()));
    }
}
