package org.colloquy.seminar.session;

import org.colloquy.base.i18n.Text;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.colloquy.seminar.session.SeminarEvent.PromptChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The countdown of a prompt. The end time is stored with the session, which is what closes the prompt: every
 * read and every answer compares it with the clock. This only tells the live views when the time is up, so they
 * show it without waiting for another change. Every node tells its own views (decision 0050): it schedules its own
 * "time is up" for each running countdown it learns of, when the leader starts one here, when another node's change
 * to the room arrives through the relay, after the relay reconnects and at start-up; one per session and end time,
 * however often it learns of it. So the views of every node hear it even when the node where the leader started the
 * countdown has stopped.
 */
@Component
public class PromptTimers {

    public static final Text TIME_IS_UP = Text.of("seminar.answer.time-is-up");
    public static final Duration SHORTEST = Duration.ofSeconds(1);
    public static final Duration LONGEST = Duration.ofMinutes(60);

    private static final Logger log = LoggerFactory.getLogger(PromptTimers.class);

    private final SeminarEvents events;
    private final SeminarSessionRepository sessions;
    private final Clock clock;
    /** The end time each session's "time is up" is scheduled for on this node. */
    private final Map<Long, Instant> scheduled = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("seminar-timers").daemon().factory());

    PromptTimers(SeminarEvents events, SeminarSessionRepository sessions, Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** How long answers are still taken: null without a countdown or once the leader closed the prompt. */
    public static @Nullable Duration timeLeft(SeminarSession session, Instant now) {
        Instant endsAt = session.getTimerEndsAt();
        if (endsAt == null || !session.isPromptOpen() || session.isClosed()) {
            return null;
        }
        Duration left = Duration.between(now, endsAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @PreAuthorize("hasRole('SEMINAR_LEADER')")
    public void tellViewsWhenTimeIsUp(long sessionId, Instant endsAt) {
        schedule(sessionId, endsAt);
    }

    /**
     * Another node changed this room: if it has a countdown running now (one read by primary key), this node's views
     * are told when its time is up. A countdown already scheduled for that end time is not scheduled again.
     */
    void learnOf(long sessionId) {
        sessions.findById(sessionId).ifPresent(session -> {
            Instant endsAt = session.getTimerEndsAt();
            if (endsAt != null && !session.isClosed() && session.isPromptOpen() && endsAt.isAfter(clock.instant())) {
                schedule(sessionId, endsAt);
            }
        });
    }

    /** At start-up, and when the relay may have missed changes: every running countdown, scheduled once. */
    @EventListener(ApplicationReadyEvent.class)
    void rescheduleRunningCountdowns() {
        Instant now = clock.instant();
        for (SeminarSession session : sessions.findByClosedAtIsNullAndTimerEndsAtAfter(now)) {
            Instant endsAt = session.getTimerEndsAt();
            if (endsAt != null) {
                schedule(session.requireId(), endsAt);
            }
        }
    }

    /** Whether this node will tell its views when this session's countdown, ending then, runs out. */
    boolean isScheduled(long sessionId, Instant endsAt) {
        return endsAt.equals(scheduled.get(sessionId));
    }

    private void schedule(long sessionId, Instant endsAt) {
        if (endsAt.equals(scheduled.put(sessionId, endsAt))) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), endsAt).toMillis()) + 50;
        scheduler.schedule(() -> timeIsUp(sessionId, endsAt), delay, TimeUnit.MILLISECONDS);
    }

    /**
     * Each node bumps the room's version (so a view that lost this push finds itself behind at its next poll) and
     * tells its own views; nothing is announced: every other node does the same for itself.
     */
    private void timeIsUp(long sessionId, Instant endsAt) {
        scheduled.remove(sessionId, endsAt);
        try {
            sessions.bumpLiveVersion(sessionId);
        } catch (RuntimeException failed) {
            log.warn("Could not count the end of session {}'s countdown in its version: {}", sessionId,
                    failed.toString());
        }
        events.tellThisNode(new PromptChanged(sessionId));
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
