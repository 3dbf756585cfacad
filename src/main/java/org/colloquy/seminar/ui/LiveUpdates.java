package org.colloquy.seminar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.function.Predicate;
import org.colloquy.seminar.SeminarEvent;
import org.colloquy.seminar.SeminarEvents;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one live view current: switches server push on for its own UI only (there is no {@code @Push} on the
 * shell, docs/decisions/0008) and re-renders inside {@code ui.access} when the session changes.
 */
final class LiveUpdates {

    private final SeminarEvents events;
    private final Predicate<SeminarEvent> interest;
    private final Runnable refresh;
    private SeminarEvents.@Nullable Subscription subscription;

    LiveUpdates(SeminarEvents events, Runnable refresh) {
        this(events, event -> true, refresh);
    }

    LiveUpdates(SeminarEvents events, Predicate<SeminarEvent> interest, Runnable refresh) {
        this.events = events;
        this.interest = interest;
        this.refresh = refresh;
    }

    void follow(UI ui, long sessionId) {
        stop();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        subscription = events.subscribe(sessionId, interest, () -> {
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException closedMeanwhile) {
                stop();
            }
        });
    }

    void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
