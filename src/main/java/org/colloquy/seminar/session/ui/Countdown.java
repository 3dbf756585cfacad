package org.colloquy.seminar.session.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * The time left on a prompt, ticking in the browser once a second from what the server said was left (so the
 * clocks of phone and server need not agree). The server never sets the text again: a new state makes a new
 * countdown. When it reaches zero the server's own event closes the prompt on every screen.
 */
public final class Countdown extends Span {

    private static final String TICK = """
            const el = this;
            const end = Date.now() + $0;
            clearInterval(el.__countdown);
            const tick = () => {
              const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
              el.textContent = left > 0 ? $1 + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') : $2;
              if (left <= 10) { el.classList.add('ending'); }
              if (left <= 0) { clearInterval(el.__countdown); }
            };
            el.__countdown = setInterval(tick, 1000);
            tick();
            """;

    public Countdown(Duration left, String prefix) {
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-live", "off");
        String timeIsUp = getTranslation("seminar.countdown.time-is-up");
        setText(left.isZero() ? timeIsUp : prefix + format(left));
        if (left.isZero()) {
            addClassName("ending");
        } else {
            getElement().executeJs(TICK, left.toMillis(), prefix, timeIsUp);
        }
    }

    static String format(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
