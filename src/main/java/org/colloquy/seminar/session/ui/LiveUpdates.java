package org.colloquy.seminar.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.Duration;
import java.util.function.Predicate;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarEvents;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one live view current: switches server push on for its own UI only (there is no {@code @Push} on the
 * shell, docs/decisions/0008) and re-renders inside {@code ui.access} when the session changes, here or on another
 * node. It remembers the room's version it showed (decision 0047); a view that may have missed an update (a push
 * lost with a dying connection, a node cut off from the others for a moment) compares it with the room's version,
 * one read by primary key, and re-reads the room only when it is behind. Live views do that on a poll now and then,
 * and every view of a node does it when the node's relay to the others reconnects.
 */
public final class LiveUpdates {

    /** How often the leader's screens check the room's version besides being pushed to. */
    public static final Duration LEADER_SCREEN_POLL = Duration.ofSeconds(5);
    /** How often a phone checks it: a room of 300 phones makes 30 small requests a second. */
    public static final Duration PHONE_POLL = Duration.ofSeconds(10);

    /** Before the first read: the first check re-reads the room, whatever its version. */
    private static final long NOT_SEEN = -1;

    private final SeminarEvents events;
    private final Predicate<SeminarEvent> interest;
    private final Runnable refresh;
    private int catchUpPollMillis = -1;
    private long sessionId = -1;
    private long shownVersion = NOT_SEEN;
    private SeminarEvents.@Nullable Subscription subscription;
    private @Nullable Registration polling;
    private @Nullable UI followed;

    public LiveUpdates(SeminarEvents events, Runnable refresh) {
        this(events, event -> true, refresh);
    }

    public LiveUpdates(SeminarEvents events, Predicate<SeminarEvent> interest, Runnable refresh) {
        this.events = events;
        this.interest = interest;
        this.refresh = refresh;
    }

    /** Also checks the room's version every so often, so that the view catches up by itself after a lost update. */
    public LiveUpdates catchingUpEvery(Duration interval) {
        catchUpPollMillis = (int) interval.toMillis();
        return this;
    }

    public void follow(UI ui, long sessionId) {
        stop();
        this.sessionId = sessionId;
        this.shownVersion = NOT_SEEN;
        this.followed = ui;
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        if (catchUpPollMillis > 0) {
            ui.setPollInterval(catchUpPollMillis);
            polling = ui.addPollListener(poll -> catchUpIfBehind());
        }
        subscription = events.subscribe(sessionId, interest, () -> access(ui, this::reread),
                () -> access(ui, this::catchUpIfBehind));
    }

    /** Re-reads the room if its version is ahead of what the view shows; on the UI's thread (a poll, an access). */
    public void catchUpIfBehind() {
        if (sessionId >= 0 && events.versionOf(sessionId) > shownVersion) {
            reread();
        }
    }

    public void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
            if (followed != null) {
                followed.setPollInterval(-1);
            }
        }
        followed = null;
    }

    /** The version first: a change committed while the room is read is newer than the version kept, never lost. */
    private void reread() {
        long version = events.versionOf(sessionId);
        refresh.run();
        shownVersion = version;
    }

    private void access(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException closedMeanwhile) {
            stop();
        }
    }
}
