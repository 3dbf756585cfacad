package org.colloquy.seminar.console.ui;

import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.screen.ScreenService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.seminar.console.RoomControls;
import org.jspecify.annotations.Nullable;
import org.colloquy.seminar.session.ui.Countdown;

/**
 * The presenter's room controls next to the prompt: guests, the countdown, the word cloud and the spotlight.
 * Its components stay the same between updates, so a click is never lost to a live re-render.
 */
final class RoomPanel extends Div {

    private final ConsoleService console;
    private final ScreenService screen;
    private final long sessionId;
    private final Runnable afterAction;
    private final Checkbox guests = new Checkbox();
    private final Span guestCount = new Span();
    private final Div timer = new Div();
    private final IntegerField customSeconds = new IntegerField();
    private final Button stopTimer;
    private final Button wordCloud;
    private final Button clearSpotlight;
    private final Paragraph message = new Paragraph();
    private @Nullable RoomControls shown;

    RoomPanel(ConsoleService console, ScreenService screen, long sessionId, Runnable afterAction) {
        this.console = console;
        this.screen = screen;
        this.sessionId = sessionId;
        this.afterAction = afterAction;
        addClassName("room-panel");
        guests.setLabel(getTranslation("seminar.room.allow-guests"));
        guests.setId("allow-guests");
        guests.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> console.allowGuests(sessionId, change.getValue()));
            }
        });
        guestCount.setId("guest-count");
        guestCount.addClassName("room-hint");
        Div guestRow = new Div(guests, guestCount);
        guestRow.addClassName("room-row");

        customSeconds.setId("timer-custom");
        customSeconds.setPlaceholder(getTranslation("seminar.room.seconds-placeholder"));
        customSeconds.setMin(1);
        customSeconds.setMax(3600);
        customSeconds.setStepButtonsVisible(false);
        customSeconds.setWidth("6em");
        customSeconds.getElement().setAttribute("aria-label", getTranslation("seminar.room.seconds-label"));
        Button custom = button(getTranslation("seminar.room.start"), "timer-start-custom", () -> {
            Integer seconds = customSeconds.getValue();
            if (seconds == null || seconds < 1 || seconds > 3600) {
                throw Refusal.of("seminar.room.seconds-range");
            }
            console.startTimer(sessionId, Duration.ofSeconds(seconds));
        });
        stopTimer = button(getTranslation("seminar.room.stop-timer"), "timer-stop", () -> console.stopTimer(sessionId));
        timer.setId("presenter-timer");
        timer.addClassName("room-timer");
        Div timerRow = new Div(new Span(getTranslation("seminar.room.countdown")),
                button(getTranslation("seminar.room.seconds", 30), "timer-30", () -> console.startTimer(sessionId, Duration.ofSeconds(30))),
                button(getTranslation("seminar.room.minutes", 1), "timer-60", () -> console.startTimer(sessionId, Duration.ofMinutes(1))),
                button(getTranslation("seminar.room.minutes", 2), "timer-120", () -> console.startTimer(sessionId, Duration.ofMinutes(2))),
                customSeconds, custom, stopTimer, timer);
        timerRow.addClassName("room-row");

        wordCloud = button(getTranslation("seminar.room.word-cloud"), "reveal-word-cloud",
                () -> screen.revealAsWordCloud(sessionId, shown == null || !shown.wordCloud()));
        clearSpotlight = button(getTranslation("seminar.room.clear-spotlight"), "clear-spotlight", () -> screen.clearSpotlight(sessionId));
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
                ? getTranslation("seminar.room.guests-joined", controls.guestCount()) : "");
        timer.removeAll();
        Duration left = controls.timeLeft();
        if (left != null) {
            timer.add(new Countdown(left, getTranslation("seminar.room.closes-in") + " "));
        }
        stopTimer.setVisible(left != null);
        wordCloud.setVisible(controls.openPrompt());
        wordCloud.setText(getTranslation(controls.wordCloud() ? "seminar.room.one-by-one" : "seminar.room.word-cloud"));
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
            message.setText(Translated.reason(refused));
        }
        afterAction.run();
    }

    /** For the answer rows: star and spotlight through the same refusal handling. */
    void star(long answerId, boolean starred) {
        act(() -> console.star(sessionId, answerId, starred));
    }

    void spotlight(long answerId) {
        act(() -> screen.spotlight(sessionId, answerId));
    }

    void clearSpotlight() {
        act(() -> screen.clearSpotlight(sessionId));
    }

    @Nullable RoomControls shown() {
        return shown;
    }
}
