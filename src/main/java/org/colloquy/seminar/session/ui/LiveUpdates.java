package org.colloquy.seminar.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.Duration;
import java.util.function.Predicate;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarEvents;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one live view current: switches server push on for its own UI only (there is no {@code @Push} on the
 * shell, docs/decisions/0008) and re-renders inside {@code ui.access} when the session changes. A screen that must
 * never stay behind (the projector, the console) also polls now and then: an update pushed into a connection that
 * was dying is lost, and the next poll's answer makes the browser notice the gap and fetch the whole current view.
 */
public final class LiveUpdates {

    /** How often the leader's screens poll besides being pushed to: one small request, no re-render if nothing changed. */
    public static final Duration LEADER_SCREEN_POLL = Duration.ofSeconds(5);

    private final SeminarEvents events;
    private final Predicate<SeminarEvent> interest;
    private final Runnable refresh;
    private int catchUpPollMillis = -1;
    private SeminarEvents.@Nullable Subscription subscription;

    public LiveUpdates(SeminarEvents events, Runnable refresh) {
        this(events, event -> true, refresh);
    }

    public LiveUpdates(SeminarEvents events, Predicate<SeminarEvent> interest, Runnable refresh) {
        this.events = events;
        this.interest = interest;
        this.refresh = refresh;
    }

    /** Also polls every so often, so that the view catches up by itself after its connection was lost. */
    public LiveUpdates catchingUpEvery(Duration interval) {
        catchUpPollMillis = (int) interval.toMillis();
        return this;
    }

    public void follow(UI ui, long sessionId) {
        stop();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        if (catchUpPollMillis > 0) {
            ui.setPollInterval(catchUpPollMillis);
        }
        subscription = events.subscribe(sessionId, interest, () -> {
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException closedMeanwhile) {
                stop();
            }
        });
    }

    public void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
