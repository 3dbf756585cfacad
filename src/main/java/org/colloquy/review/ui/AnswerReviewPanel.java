package org.colloquy.review.ui;

import org.colloquy.content.PositionStep;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Rubric;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.SubmissionRecord;
import org.colloquy.review.CriterionScore;
import org.colloquy.review.FeedbackDetail;
import org.colloquy.review.QueueEntry;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.results.ClassLiveAnswer;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Objects;

/** One answer under review: its text and history, and the instructor's comment, rubric scores and star. */
class AnswerReviewPanel extends Div {

    private final ReviewService reviews;
    private final long cohortId;
    private final Runnable onChange;
    private final TextArea comment = new TextArea();
    private final Map<String, RadioButtonGroup<Rubric.Level>> levels = new LinkedHashMap<>();
    private final Map<String, TextField> criterionComments = new HashMap<>();
    private final Span state = new Span();
    private final Span total = new Span();

    AnswerReviewPanel(QueueEntry entry, String shownName, @Nullable Rubric rubric, ReviewService reviews,
                        CohortWorkService classWork, long cohortId, Runnable onChange) {
        this.reviews = reviews;
        this.cohortId = cohortId;
        this.onChange = onChange;
        addClassName("response-review");
        comment.setLabel(t("review.panel.comment"));
        add(new H2(shownName));
        StudentAnswer response = entry.response();
        if (response == null) {
            add(new Paragraph(t(entry.live().isEmpty() ? "review.panel.no-answer" : "review.panel.only-live")));
            addLive(entry.live());
            return;
        }
        Span meta = new Span(t("review.panel.meta", ReviewTexts.of(entry.status()), response.wordCount(),
                TimeDisplay.dateTime(response.savedAt()), response.contentVersion()));
        meta.addClassName("work-status");
        add(meta);
        if (response.choice() != null) {
            Paragraph choice = new Paragraph(t("review.panel.choice", response.scalePoint() > 0
                    ? Translated.text(PositionStep.pointName(response.scalePoint())) : response.choice()));
            choice.addClassName("work-choice");
            add(choice);
        }
        Paragraph body = new Paragraph(response.body().isBlank() ? t("review.panel.no-text") : response.body());
        body.addClassName("work-body");
        body.setId("review-answer-text");
        add(body, history(classWork.history(cohortId, response.responseId())));
        addLive(entry.live());
        add(feedbackForm(response, rubric, reviews.feedback(cohortId, response.responseId())));
    }

    /** Her answers to this prompt in the class's live sessions, marked as live: read here, never graded. */
    private void addLive(List<ClassLiveAnswer> live) {
        if (live.isEmpty()) {
            return;
        }
        Div section = new Div(new H3(t("review.panel.live-heading", live.size())));
        section.addClassName("live-answers-in-review");
        section.setId("review-live-answers");
        for (ClassLiveAnswer answer : live) {
            Span meta = new Span(t("review.panel.live-meta", TimeDisplay.dateTime(answer.answeredAt()),
                    TimeDisplay.dateTime(answer.sessionStartedAt()), switch (answer.approval()) {
                        case PENDING -> t("review.live.pending");
                        case APPROVED -> t("review.live.approved");
                        case HIDDEN -> t("review.live.hidden");
                    }));
            meta.addClassNames("live-mark", "work-status");
            Paragraph text = new Paragraph(answer.point() > 0
                    ? Translated.text(PositionStep.pointName(answer.point())) : answer.answer());
            text.addClassName("work-body");
            section.add(new Div(meta, text));
        }
        add(section);
    }

    private static Details history(List<SubmissionRecord> submissions) {
        Details details = new Details(t("review.panel.history", submissions.size()));
        details.addClassName("submission-history");
        for (SubmissionRecord submission : submissions.reversed()) {
            Span when = new Span(t("review.panel.revision", submission.number(),
                    TimeDisplay.dateTime(submission.submittedAt()), submission.contentVersion()));
            when.addClassName("submission-time");
            Paragraph text = new Paragraph(submission.body());
            text.addClassName("submission-body");
            details.add(new Div(when, text));
        }
        return details;
    }

    private Div feedbackForm(StudentAnswer response, @Nullable Rubric rubric, FeedbackDetail existing) {
        Div form = new Div(new H3(t("review.panel.feedback")));
        form.addClassName("feedback-form");
        comment.setWidthFull();
        comment.setMinRows(3);
        comment.setValue(existing.comment());
        TypingLimit.on(comment, ReviewService.MAX_COMMENT_LENGTH, t("review.panel.comment-helper"));
        form.add(comment);
        if (rubric != null) {
            for (Rubric.Criterion criterion : rubric.criteria()) {
                RadioButtonGroup<Rubric.Level> group = new RadioButtonGroup<>(criterion.title());
                group.setItems(criterion.levels());
                group.setItemLabelGenerator(level -> t("review.panel.level", level.score(), level.label()));
                group.setRenderer(new ComponentRenderer<>(AnswerReviewPanel::levelChoice));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.addClassName("rubric-criterion");
                group.addValueChangeListener(change -> showTotal(rubric));
                TextField note = new TextField(t("review.panel.criterion-comment", criterion.title()));
                note.setWidthFull();
                TypingLimit.on(note, ReviewService.MAX_CRITERION_COMMENT_LENGTH);
                existing.scores().stream().filter(score -> score.criterionKey().equals(criterion.key())).findFirst()
                        .ifPresent(score -> {
                            criterion.levels().stream().filter(level -> level.score() == score.score()).findFirst()
                                    .ifPresent(group::setValue);
                            note.setValue(score.comment());
                        });
                levels.put(criterion.key(), group);
                criterionComments.put(criterion.key(), note);
                form.add(group, note);
            }
            total.addClassName("rubric-total");
            total.setId("rubric-total");
            total.getElement().setAttribute("aria-live", "polite");
            showTotal(rubric);
            form.add(total);
        }
        Button save = new Button(t("review.panel.save"), click -> save(response));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-feedback");
        Button star = new Button(t(existing.starred() ? "review.panel.starred" : "review.panel.star"));
        star.setId("star-response");
        star.addClickListener(click -> {
            boolean nowStarred = !click.getSource().getText().startsWith("★");
            reviews.setStarred(cohortId, response.responseId(), nowStarred);
            click.getSource().setText(t(nowStarred ? "review.panel.starred" : "review.panel.star"));
            onChange.run();
        });
        state.addClassName("submission-state");
        state.getElement().setAttribute("role", "status");
        state.setText(describe(existing));
        Div actions = new Div(save, star);
        actions.addClassName("actions");
        form.add(actions, state);
        return form;
    }

    /** A level as the grader chooses it: its score and label, and under them what the level means. */
    private static Div levelChoice(Rubric.Level level) {
        Span name = new Span(t("review.panel.level", level.score(), level.label()));
        name.addClassName("rubric-level-name");
        Div choice = new Div(name);
        choice.addClassName("rubric-level");
        if (!level.description().isBlank()) {
            Span description = new Span(level.description());
            description.addClassName("rubric-level-description");
            choice.add(description);
        }
        return choice;
    }

    private void showTotal(Rubric rubric) {
        Rubric.Total sum = rubric.total(chosenLevels().entrySet(), Map.Entry::getKey,
                chosen -> chosen.getValue().score());
        total.setText(t("review.panel.total", sum.points(), sum.max()));
    }

    private Map<String, Rubric.Level> chosenLevels() {
        Map<String, Rubric.Level> chosen = new HashMap<>();
        levels.forEach((key, group) -> {
            if (group.getValue() != null) {
                chosen.put(key, group.getValue());
            }
        });
        return chosen;
    }

    private void save(StudentAnswer response) {
        List<CriterionScore> scores = new ArrayList<>();
        chosenLevels().forEach((key, level) ->
                scores.add(new CriterionScore(key, level.score(), criterionComments.get(key).getValue())));
        try {
            FeedbackDetail saved = reviews.saveFeedback(cohortId, response.responseId(), comment.getValue(), scores);
            state.removeClassName("error");
            state.setText(describe(saved));
            onChange.run();
        } catch (IllegalArgumentException invalid) {
            state.addClassName("error");
            state.setText(t("review.panel.not-saved", Translated.reason(invalid)));
        }
    }

    private static String describe(FeedbackDetail feedback) {
        return switch (feedback.state()) {
            case NONE -> t("review.panel.state-none");
            case DRAFT -> t("review.panel.state-draft");
            case RELEASED -> t("review.panel.state-released",
                    TimeDisplay.dateTime(Objects.requireNonNull(feedback.releasedAt())));
        };
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
