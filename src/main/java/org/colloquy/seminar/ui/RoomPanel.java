package org.colloquy.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import org.colloquy.seminar.RoomControls;
import org.colloquy.seminar.SeminarRoomService;
import org.jspecify.annotations.Nullable;

/**
 * The presenter's room controls next to the prompt: guests, the countdown, the word cloud and the spotlight.
 * Its components stay the same between updates, so a click is never lost to a live re-render.
 */
final class RoomPanel extends Div {

    private final SeminarRoomService room;
    private final long sessionId;
    private final Runnable afterAction;
    private final Checkbox guests = new Checkbox("Let guests join with a name only");
    private final Span guestCount = new Span();
    private final Div timer = new Div();
    private final IntegerField customSeconds = new IntegerField();
    private final Button stopTimer;
    private final Button wordCloud;
    private final Button clearSpotlight;
    private final Paragraph message = new Paragraph();
    private @Nullable RoomControls shown;

    RoomPanel(SeminarRoomService room, long sessionId, Runnable afterAction) {
        this.room = room;
        this.sessionId = sessionId;
        this.afterAction = afterAction;
        addClassName("room-panel");
        guests.setId("allow-guests");
        guests.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> room.allowGuests(sessionId, change.getValue()));
            }
        });
        guestCount.setId("guest-count");
        guestCount.addClassName("room-hint");
        Div guestRow = new Div(guests, guestCount);
        guestRow.addClassName("room-row");

        customSeconds.setId("timer-custom");
        customSeconds.setPlaceholder("sec");
        customSeconds.setMin(1);
        customSeconds.setMax(3600);
        customSeconds.setStepButtonsVisible(false);
        customSeconds.setWidth("6em");
        customSeconds.getElement().setAttribute("aria-label", "Countdown in seconds");
        Button custom = button("Start", "timer-start-custom", () -> {
            Integer seconds = customSeconds.getValue();
            if (seconds == null || seconds < 1 || seconds > 3600) {
                throw new IllegalArgumentException("Enter the countdown in seconds, from 1 to 3600.");
            }
            room.startTimer(sessionId, Duration.ofSeconds(seconds));
        });
        stopTimer = button("Stop timer", "timer-stop", () -> room.stopTimer(sessionId));
        timer.setId("presenter-timer");
        timer.addClassName("room-timer");
        Div timerRow = new Div(new Span("Countdown"),
                button("30 s", "timer-30", () -> room.startTimer(sessionId, Duration.ofSeconds(30))),
                button("1 min", "timer-60", () -> room.startTimer(sessionId, Duration.ofMinutes(1))),
                button("2 min", "timer-120", () -> room.startTimer(sessionId, Duration.ofMinutes(2))),
                customSeconds, custom, stopTimer, timer);
        timerRow.addClassName("room-row");

        wordCloud = button("Reveal as word cloud", "reveal-word-cloud",
                () -> room.revealAsWordCloud(sessionId, shown == null || !shown.wordCloud()));
        clearSpotlight = button("Clear the spotlight", "clear-spotlight", () -> room.clearSpotlight(sessionId));
        clearSpotlight.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div screenRow = new Div(wordCloud, clearSpotlight);
        screenRow.addClassName("room-row");

        message.setId("room-message");
        message.addClassName("error");
        message.getElement().setAttribute("role", "status");
        add(guestRow, timerRow, screenRow, message);
    }

    void show(RoomControls controls) {
        this.shown = controls;
        guests.setValue(controls.guestsAllowed());
        guestCount.setText(controls.guestsAllowed() || controls.guestCount() > 0
                ? controls.guestCount() + (controls.guestCount() == 1 ? " guest" : " guests") + " joined" : "");
        timer.removeAll();
        Duration left = controls.timeLeft();
        if (left != null) {
            timer.add(new Countdown(left, "Closes in "));
        }
        stopTimer.setVisible(left != null);
        wordCloud.setVisible(controls.openPrompt());
        wordCloud.setText(controls.wordCloud() ? "Show answers one by one" : "Reveal as word cloud");
        clearSpotlight.setVisible(controls.spotlightAnswerId() != null);
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text, click -> act(action));
        button.setId(id);
        return button;
    }

    /** Runs a leader action; a refusal is shown here, and the console re-reads the room either way. */
    void act(Runnable action) {
        message.setText("");
        try {
            action.run();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            message.setText(refused.getMessage());
        }
        afterAction.run();
    }

    /** For the answer rows: star and spotlight through the same refusal handling. */
    void star(long answerId, boolean starred) {
        act(() -> room.star(sessionId, answerId, starred));
    }

    void spotlight(long answerId) {
        act(() -> room.spotlight(sessionId, answerId));
    }

    void clearSpotlight() {
        act(() -> room.clearSpotlight(sessionId));
    }

    @Nullable RoomControls shown() {
        return shown;
    }
}
