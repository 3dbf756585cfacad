package org.colloquy.seminar.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.console.RoomControls;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.ui.ChoiceLabels;
import org.jspecify.annotations.Nullable;

/** One answer on the console with its author, and the leader's approve, hide, star and spotlight buttons. */
final class LiveAnswerRow extends Div {

    /** What the row's buttons do, and the room's state the row shows. */
    interface Actions {

        void approve(long answerId);

        void hide(long answerId);

        RoomPanel room();

        @Nullable RoomControls controls();
    }

    private final Span author = new Span();
    private final Span body = new Span();
    private final Span approval = new Span();
    private final Button approve;
    private final Button hide;
    private final Button star;
    private final Button spotlight;
    private final long answerId;
    private final Actions actions;

    LiveAnswerRow(long answerId, Actions actions) {
        this.actions = actions;
        addClassName("live-answer");
        setId("answer-" + answerId);
        author.addClassName("answer-author");
        body.addClassName("answer-body");
        approval.addClassName("answer-approval");
        this.answerId = answerId;
        approve = button(getTranslation("seminar.presenter.approve"), "approve-" + answerId, () -> actions.approve(answerId));
        hide = button(getTranslation("seminar.presenter.hide"), "hide-" + answerId, () -> actions.hide(answerId));
        star = new Button(getTranslation("seminar.presenter.star"), click -> actions.room().star(answerId, !isStarred()));
        star.setId("star-" + answerId);
        spotlight = new Button(getTranslation("seminar.presenter.spotlight"), click -> {
            if (isSpotlit()) {
                actions.room().clearSpotlight();
            } else {
                actions.room().spotlight(answerId);
            }
        });
        spotlight.setId("spotlight-" + answerId);
        add(author, body, approval, approve, hide, star, spotlight);
    }

    void show(LiveAnswer answer) {
        author.setText(answer.studentName() == null ? getTranslation("seminar.presenter.a-student")
                : answer.guest() ? getTranslation("seminar.presenter.guest-name", answer.studentName())
                : answer.studentName());
        body.setText(answer.choiceLabel() != null ? ChoiceLabels.of(answer.choiceLabel(), answer.point()) : answer.body());
        approval.setText(switch (answer.approval()) {
            case PENDING -> getTranslation("seminar.presenter.waiting-for-approval");
            case APPROVED -> getTranslation("seminar.presenter.approved");
            case HIDDEN -> getTranslation("seminar.presenter.hidden");
        });
        approve.setVisible(answer.approval() != Approval.APPROVED);
        hide.setVisible(answer.approval() != Approval.HIDDEN);
        star.setText(getTranslation(isStarred() ? "seminar.presenter.starred" : "seminar.presenter.star-it"));
        star.getElement().setAttribute("aria-pressed", String.valueOf(isStarred()));
        setClassName("starred", isStarred());
        spotlight.setVisible(answer.approval() == Approval.APPROVED);
        spotlight.setText(getTranslation(isSpotlit() ? "seminar.presenter.leave-spotlight"
                : "seminar.presenter.spotlight"));
        setClassName("spotlit", isSpotlit());
    }

    private boolean isStarred() {
        RoomControls controls = actions.controls();
        return controls != null && controls.starredAnswerIds().contains(answerId);
    }

    private boolean isSpotlit() {
        RoomControls controls = actions.controls();
        return controls != null && Objects.equals(controls.spotlightAnswerId(), answerId);
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        return button;
    }
}
