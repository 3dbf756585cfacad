package org.colloquy.seminar.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A live view hears of a change once the change is committed, never of one rolled back, and the push stays in
 * memory: unlike the events features keep for each other (decision 0028), it leaves no row in the database.
 */
@IntegrationTest
class LivePushAfterCommitTest {

    private static final long SESSION = 990_001;

    @Autowired
    SeminarEvents seminarEvents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    private final AtomicInteger heard = new AtomicInteger();
    private SeminarEvents.Subscription subscription = () -> { };

    @AfterEach
    void unsubscribe() {
        subscription.cancel();
    }

    @Test
    void a_view_hears_of_an_answer_once_it_is_committed_and_never_of_one_rolled_back() {
        subscription = seminarEvents.subscribe(SESSION, heard::incrementAndGet);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new SeminarEvent.AnswerReceived(SESSION));
            assertThat(heard).as("not before the commit").hasValue(0);
        });
        assertThat(heard).as("after the commit").hasValue(1);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new SeminarEvent.AnswerReceived(SESSION));
            status.setRollbackOnly();
        });
        assertThat(heard).as("nothing after a rollback").hasValue(1);

        events.publishEvent(new SeminarEvent.PromptChanged(SESSION));
        assertThat(heard).as("at once outside a transaction").hasValue(2);
    }

    @Test
    void a_live_answer_leaves_no_event_waiting_in_the_database() {
        subscription = seminarEvents.subscribe(SESSION, heard::incrementAndGet);
        int before = waitingEvents();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new SeminarEvent.AnswerReceived(SESSION));
            entityManager.flush();
            assertThat(waitingEvents()).as("a kept event would be stored with the transaction that published it")
                    .isEqualTo(before);
        });

        assertThat(heard).hasValue(1);
    }

    private int waitingEvents() {
        Integer count = jdbc.queryForObject("select count(*) from event_publication", Integer.class);
        return count == null ? 0 : count;
    }
}
