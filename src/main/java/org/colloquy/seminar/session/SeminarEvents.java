package org.colloquy.seminar.session;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.colloquy.base.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the live views of a session that something changed, once the change is committed. Each subscriber is
 * called at most once per batch window however many events arrive in it, so a busy room does not push a view
 * more than a few times a second. In-memory: it reaches the views of this JVM; {@link SeminarRelay} hands it what
 * happened on the other nodes, and a view asks {@link #versionOf} whether it has missed anything (decision 0047).
 */
@Component
public class SeminarEvents {

    private static final Logger log = LoggerFactory.getLogger(SeminarEvents.class);

    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Duration batchWindow;
    private final RoomVersions versions;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("seminar-events").daemon().factory());

    SeminarEvents(@Value("${colloquy.seminar.push-batch-window:250ms}") Duration batchWindow, RoomVersions versions) {
        this.batchWindow = batchWindow;
        this.versions = versions;
    }

    /** Calls {@code onChange} after every change to this session until the subscription is cancelled. */
    public Subscription subscribe(long sessionId, Runnable onChange) {
        return subscribe(sessionId, event -> true, onChange);
    }

    /** Calls {@code onChange} after the changes to this session it is interested in. */
    public Subscription subscribe(long sessionId, Predicate<SeminarEvent> interest, Runnable onChange) {
        return subscribe(sessionId, interest, onChange, onChange);
    }

    /**
     * Calls {@code onChange} after the changes to this session it is interested in, and {@code onCatchUp} when this
     * node may have missed some (its relay to the other nodes was cut): then the view should compare the room's
     * version with the one it shows.
     */
    public Subscription subscribe(long sessionId, Predicate<SeminarEvent> interest, Runnable onChange,
                                  Runnable onCatchUp) {
        Subscriber subscriber = new Subscriber(interest, onChange, onCatchUp);
        subscribers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** After the commit that made the change (in-memory only: not kept in the event publication registry). */
    @EventListener
    void publish(SeminarEvent event) {
        AfterCommit.run(() -> subscribers.getOrDefault(event.sessionId(), Set.of())
                .forEach(subscriber -> subscriber.changed(event)));
    }

    /** The room's version now (one read by primary key): a view that showed less has missed a change. */
    public long versionOf(long sessionId) {
        return versions.current(sessionId);
    }

    /** A change another node committed: its views heard of it there, this node's hear of it now. */
    void heardFromAnotherNode(SeminarEvent event) {
        tellThisNode(event);
    }

    /** Tells this node's views only, at once (batched as usual): what every node tells its own, like time being up. */
    void tellThisNode(SeminarEvent event) {
        subscribers.getOrDefault(event.sessionId(), Set.of()).forEach(subscriber -> subscriber.changed(event));
    }

    /** Something changed in this session that this node cannot name: every view of it checks its version. */
    void catchUp(long sessionId) {
        subscribers.getOrDefault(sessionId, Set.of()).forEach(Subscriber::catchUp);
    }

    /** This node may have missed changes to any session: every live view checks its version. */
    void catchUpEveryView() {
        subscribers.values().forEach(set -> set.forEach(Subscriber::catchUp));
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** A cancellable subscription; cancel it when the view detaches. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final class Subscriber {

        private final Predicate<SeminarEvent> interest;
        private final Runnable onChange;
        private final Runnable onCatchUp;
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Subscriber(Predicate<SeminarEvent> interest, Runnable onChange, Runnable onCatchUp) {
            this.interest = interest;
            this.onChange = onChange;
            this.onCatchUp = onCatchUp;
        }

        void catchUp() {
            safely(onCatchUp);
        }

        void changed(SeminarEvent event) {
            if (!interest.test(event)) {
                return;
            }
            if (batchWindow.isZero()) {
                notifySafely();
            } else if (scheduled.compareAndSet(false, true)) {
                scheduler.schedule(() -> {
                    scheduled.set(false);
                    notifySafely();
                }, batchWindow.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void notifySafely() {
            safely(onChange);
        }

        private void safely(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException failure) {
                log.warn("A live view could not be told about a change", failure);
            }
        }
    }
}
