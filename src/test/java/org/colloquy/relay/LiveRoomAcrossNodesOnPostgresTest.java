package org.colloquy.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.colloquy.Application;
import org.colloquy.EmbeddedPostgresInitializer;
import org.colloquy.PostgresIntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of the app on one PostgreSQL: this test's application context is node A, a second one started beside it is
 * node B. What happens in a room on one node reaches the live views of the other (decision 0047): only committed
 * changes, and after node A's listening connection is killed it listens again and its views check the room's version.
 */
@PostgresIntegrationTest
class LiveRoomAcrossNodesOnPostgresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    TestAccounts accounts;
    @Autowired
    LiveSessionService sessions;
    @Autowired
    ConsoleService console;
    @Autowired
    SeminarEvents eventsOnA;
    @Autowired
    NodeRelay relayOfA;
    @Autowired
    JdbcTemplate jdbc;

    private final BlockingQueue<String> heardOnA = new LinkedBlockingQueue<>();
    private final List<SeminarEvents.Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private SessionSummary room;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(Application.class).profiles("test", "postgres")
                .initializers(new EmbeddedPostgresInitializer())
                .run("--server.port=0", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @BeforeEach
    void aLeaderOnNodeAOpensAnOpenPrompt() {
        accounts.useThisApplicationsSecurityContext();
        accounts.signInNew("leader", Role.SEMINAR_LEADER);
        room = sessions.start("sino-russian-relations", "three-stages");
        while (!console.presenterState(room.id()).current().key().equals("three-stages/respond-balance")) {
            console.next(room.id());
        }
        accounts.signOut();
        awaitListening(relayOfA);
        awaitListening(nodeB.getBean(NodeRelay.class));
    }

    @AfterEach
    void leave() {
        subscriptions.forEach(SeminarEvents.Subscription::cancel);
        TestAccounts.signOutEverywhere();
    }

    @Test
    void an_answer_sent_to_node_b_reaches_the_console_and_projector_on_node_a() throws InterruptedException {
        followOnA(heardOnA::add);
        TestAccounts accountsOfB = nodeB.getBean(TestAccounts.class);
        UserRef ana = accountsOfB.create("ana", Role.STUDENT);
        accountsOfB.signIn(ana);

        AnswerOutcome outcome = nodeB.getBean(AudienceService.class).answer(room.joinCode(),
                "three-stages/respond-balance", "Trade first, trust later.", null);

        assertThat(outcome).isInstanceOf(AnswerOutcome.Received.class);
        assertThat(heardOnA.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("AnswerReceived");
        accountsOfB.signOut();
    }

    @Test
    void a_change_rolled_back_on_node_b_is_never_heard_on_node_a() throws InterruptedException {
        followOnA(heardOnA::add);
        ApplicationEventPublisher eventsOfB = nodeB;
        TransactionTemplate transactionOnB = new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class));

        transactionOnB.executeWithoutResult(status -> {
            eventsOfB.publishEvent(new SeminarEvent.SessionEnded(room.id()));
            status.setRollbackOnly();
        });
        transactionOnB.executeWithoutResult(status -> eventsOfB.publishEvent(new SeminarEvent.PromptChanged(room.id())));

        assertThat(heardOnA.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .as("notifications arrive in the order of their commits: the rolled-back one would come first")
                .isEqualTo("PromptChanged");
        assertThat(heardOnA.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_change_made_on_node_a_is_not_told_twice_to_its_own_views() throws InterruptedException {
        followOnA(heardOnA::add);
        accounts.signInNew("another-leader", Role.SEMINAR_LEADER);
        SessionSummary own = sessions.start("sino-russian-relations", "three-stages");
        subscriptions.add(eventsOnA.subscribe(own.id(), event -> true,
                () -> heardOnA.add("own room"), () -> heardOnA.add("own room caught up")));

        console.next(own.id());

        assertThat(heardOnA.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("own room");
        assertThat(heardOnA.poll(500, TimeUnit.MILLISECONDS)).as("not again through the relay").isNull();
    }

    @Test
    void a_countdown_started_on_node_b_closes_the_prompt_on_node_a_even_when_node_b_died_before_the_time_was_up()
            throws InterruptedException {
        followOnA(heardOnA::add);
        Instant endsAt = nodeB.getBean(Clock.class).instant().plusMillis(1500);

        // what node B's "start the countdown" commits, from a node B that dies before it could tell anyone time is up
        new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            nodeB.getBean(JdbcTemplate.class).update("update seminar_session set timer_ends_at = ? where id = ?",
                    Timestamp.from(endsAt), room.id());
            nodeB.publishEvent(new SeminarEvent.PromptChanged(room.id()));
        });

        assertThat(heardOnA.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("the countdown started")
                .isEqualTo("PromptChanged");
        assertThat(heardOnA.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("time is up, told by node A itself")
                .isEqualTo("PromptChanged");
        assertThat(Instant.now()).isAfterOrEqualTo(endsAt);
    }

    @Test
    void a_node_whose_listening_connection_is_killed_listens_again_and_its_views_find_the_room_ahead()
            throws InterruptedException {
        BlockingQueue<Long> versionsSeenOnCatchUp = new LinkedBlockingQueue<>();
        long shown = eventsOnA.versionOf(room.id());
        subscriptions.add(eventsOnA.subscribe(room.id(), event -> true, () -> { },
                () -> versionsSeenOnCatchUp.add(eventsOnA.versionOf(room.id()))));

        Integer killed = jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                + "where application_name = ?", Integer.class, NotificationListener.applicationName(relayOfA.node()));
        // a change on node B while node A may not be listening: its notification can be lost, the version is not
        nodeB.publishEvent(new SeminarEvent.AnswerModerated(room.id()));

        assertThat(killed).isEqualTo(1);
        Long versionAfterReconnect = versionsSeenOnCatchUp.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(versionAfterReconnect).as("the view was asked to check its version after the reconnect")
                .isNotNull().isGreaterThan(shown);
        awaitListening(relayOfA);
        followOnA(heardOnA::add);
        nodeB.publishEvent(new SeminarEvent.PromptChanged(room.id()));
        assertThat(heardOnA.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("node A hears node B again")
                .isEqualTo("PromptChanged");
    }

    private void followOnA(Consumer<String> kinds) {
        List<SeminarEvent> last = new CopyOnWriteArrayList<>();
        subscriptions.add(eventsOnA.subscribe(room.id(), event -> {
            last.add(event);
            return true;
        }, () -> {
            if (!last.isEmpty()) {
                kinds.accept(last.removeLast().kind());
            }
        }));
    }

    private static void awaitListening(NodeRelay relay) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!relay.isListening() && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(relay.isListening()).as("node %s listens", relay.node()).isTrue();
    }
}
