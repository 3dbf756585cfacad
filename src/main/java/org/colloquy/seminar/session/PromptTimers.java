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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The countdown of a prompt. The end time is stored with the session, which is what closes the prompt: every
 * read and every answer compares it with the clock. This only tells the live views when the time is up, so they
 * show it without waiting for another change; after a restart the running countdowns are scheduled again. A
 * countdown started on another node is followed here too, for this node's views only: when that node dies before
 * the time is up, the phones and projectors on this one still close the prompt (decision 0048).
 */
@Component
public class PromptTimers {

    public static final Text TIME_IS_UP = Text.of("seminar.answer.time-is-up");
    public static final Duration SHORTEST = Duration.ofSeconds(1);
    public static final Duration LONGEST = Duration.ofMinutes(60);

    private final ApplicationEventPublisher events;
    private final SeminarSessionRepository sessions;
    private final Clock clock;
    private final SeminarEvents views;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("seminar-timers").daemon().factory());
    /** The end of each countdown started on another node that this node follows, by session. */
    private final Map<Long, Instant> followed = new ConcurrentHashMap<>();

    PromptTimers(ApplicationEventPublisher events, SeminarSessionRepository sessions, Clock clock,
                 SeminarEvents views) {
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
        this.views = views;
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
        long delay = Math.max(0, Duration.between(clock.instant(), endsAt).toMillis()) + 50;
        scheduler.schedule(() -> events.publishEvent(new PromptChanged(sessionId)), delay, TimeUnit.MILLISECONDS);
    }

    /**
     * After another node changed the prompt of a session: if a countdown now runs there, this node tells its own
     * views when it is up, as if the node that started it had (that node tells them too while it lives; a view
     * told twice re-reads the room twice). Once per end time.
     */
    void followCountdownStartedElsewhere(long sessionId) {
        sessions.findById(sessionId).ifPresent(session -> {
            Instant endsAt = session.getTimerEndsAt();
            Duration left = timeLeft(session, clock.instant());
            if (endsAt == null || left == null || left.isZero() || endsAt.equals(followed.put(sessionId, endsAt))) {
                return;
            }
            scheduler.schedule(() -> {
                followed.remove(sessionId, endsAt);
                views.heardFromAnotherNode(new PromptChanged(sessionId));
            }, left.toMillis() + 50, TimeUnit.MILLISECONDS);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void rescheduleRunningCountdowns() {
        Instant now = clock.instant();
        for (SeminarSession session : sessions.findByClosedAtIsNullAndTimerEndsAtAfter(now)) {
            Instant endsAt = session.getTimerEndsAt();
            if (endsAt != null) {
                tellViewsWhenTimeIsUp(session.requireId(), endsAt);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
