package org.colloquy.seminar.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class SeminarEventsTest {

    private final SeminarEvents events = new SeminarEvents(Duration.ofMillis(100),
            new RoomVersions(Mockito.mock(SeminarSessionRepository.class)));

    @AfterEach
    void stop() {
        events.stop();
    }

    @Test
    void a_burst_of_answers_reaches_a_view_as_one_update() throws InterruptedException {
        AtomicInteger updates = new AtomicInteger();
        events.subscribe(7, updates::incrementAndGet);

        for (int i = 0; i < 30; i++) {
            events.publish(new SeminarEvent.AnswerReceived(7));
        }
        Thread.sleep(400);

        assertThat(updates).hasValue(1);
    }

    @Test
    void a_steady_stream_of_answers_reaches_a_view_at_most_once_per_batch_window() throws InterruptedException {
        AtomicInteger updates = new AtomicInteger();
        events.subscribe(7, updates::incrementAndGet);

        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            events.publish(new SeminarEvent.AnswerReceived(7));
            Thread.sleep(2);
        }
        Thread.sleep(250);

        assertThat(updates.get()).as("one update per 100 ms window over a second, the last one after it")
                .isBetween(5, 11);
    }

    @Test
    void views_hear_only_their_own_session_and_only_what_interests_them() throws InterruptedException {
        AtomicInteger audience = new AtomicInteger();
        AtomicInteger otherRoom = new AtomicInteger();
        events.subscribe(7, event -> event instanceof SeminarEvent.PromptChanged, audience::incrementAndGet);
        events.subscribe(8, otherRoom::incrementAndGet);

        events.publish(new SeminarEvent.AnswerReceived(7));
        Thread.sleep(250);
        events.publish(new SeminarEvent.PromptChanged(7));
        Thread.sleep(250);

        assertThat(audience).hasValue(1);
        assertThat(otherRoom).hasValue(0);
    }

    @Test
    void a_cancelled_subscription_hears_nothing() throws InterruptedException {
        AtomicInteger updates = new AtomicInteger();
        SeminarEvents.Subscription subscription = events.subscribe(7, updates::incrementAndGet);

        subscription.cancel();
        events.publish(new SeminarEvent.PromptChanged(7));
        Thread.sleep(250);

        assertThat(updates).hasValue(0);
    }

    @Test
    void a_change_made_on_another_node_reaches_the_views_that_want_it_batched_like_one_made_here()
            throws InterruptedException {
        AtomicInteger console = new AtomicInteger();
        AtomicInteger phone = new AtomicInteger();
        events.subscribe(7, console::incrementAndGet);
        events.subscribe(7, event -> event instanceof SeminarEvent.PromptChanged, phone::incrementAndGet);

        for (int i = 0; i < 30; i++) {
            events.heardFromAnotherNode(new SeminarEvent.AnswerReceived(7));
        }
        Thread.sleep(400);

        assertThat(console).hasValue(1);
        assertThat(phone).hasValue(0);
    }

    @Test
    void after_the_relay_was_cut_every_view_checks_its_version_whatever_it_follows() {
        AtomicInteger changes = new AtomicInteger();
        AtomicInteger phoneChecks = new AtomicInteger();
        AtomicInteger otherRoomChecks = new AtomicInteger();
        events.subscribe(7, event -> event instanceof SeminarEvent.PromptChanged, changes::incrementAndGet,
                phoneChecks::incrementAndGet);
        events.subscribe(8, event -> true, changes::incrementAndGet, otherRoomChecks::incrementAndGet);

        events.catchUpEveryView();

        assertThat(phoneChecks).hasValue(1);
        assertThat(otherRoomChecks).hasValue(1);
        assertThat(changes).as("a check, not a re-read: the view re-reads only if it is behind").hasValue(0);
    }
}
