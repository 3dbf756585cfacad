package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;

/**
 * The same student answers the same prompt from two tabs at the same moment: two threads, released together by a
 * latch, each send her first answer. Run against H2 and PostgreSQL by the two subclasses; seminar_answer allows one
 * row per student (or guest) and prompt, so one of the two inserts loses the race and must become an update, not an
 * error.
 */
abstract class AnswerRaceContract {

    private static final int ROUNDS = 15;

    @Autowired
    TestAccounts accounts;
    @Autowired
    AudienceService audienceService;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    GuestService guests;
    @Autowired
    JdbcTemplate jdbc;

    SessionSummary session;
    ExecutorService tabs;

    @BeforeEach
    void aLeaderOpensTheOpenPrompt() {
        accounts.signInNew("leader", Role.SEMINAR_LEADER);
        session = roomService.start(LiveSessionServicesTest.COURSE, LiveSessionServicesTest.LESSON);
        while (!consoleService.presenterState(session.id()).current().key().equals(LiveSessionServicesTest.OPEN_PROMPT)) {
            consoleService.next(session.id());
        }
        consoleService.allowGuests(session.id(), true);
        accounts.signOut();
        tabs = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void closeTabs() {
        tabs.shutdownNow();
        accounts.signOut();
    }

    @Test
    void a_student_who_sends_her_first_answer_from_two_tabs_at_once_gets_both_received_and_keeps_one_answer()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UserRef student = accounts.create("two-tabs", Role.STUDENT);
            CountDownLatch bothReady = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AnswerOutcome>> sent = new ArrayList<>();
            for (String tab : List.of("phone", "laptop")) {
                sent.add(tabs.submit(tabSending(student, "From my " + tab, bothReady, go)));
            }
            assertThat(bothReady.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            List<AnswerOutcome> outcomes = new ArrayList<>();
            for (Future<AnswerOutcome> outcome : sent) {
                outcomes.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(AnswerOutcome.Received.class));
            assertThat(outcomes).extracting(outcome -> ((AnswerOutcome.Received) outcome).revision())
                    .containsExactlyInAnyOrder(1, 2);
            List<String> stored = jdbc.queryForList(
                    "select body from seminar_answer where session_id = ? and step_key = ? and user_id = ?",
                    String.class, session.id(), LiveSessionServicesTest.OPEN_PROMPT, student.id());
            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst()).isIn("From my phone", "From my laptop");
        }
    }

    @Test
    void a_guest_who_sends_a_first_answer_from_two_tabs_at_once_gets_both_received_and_keeps_one_answer()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            accounts.signInAnonymously();
            String token = ((GuestJoin.Joined) guests.join(session.joinCode(), "Two tabs " + round)).token();
            accounts.signOut();
            CountDownLatch bothReady = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AnswerOutcome>> sent = new ArrayList<>();
            for (String tab : List.of("phone", "laptop")) {
                sent.add(tabs.submit(() -> {
                    bothReady.countDown();
                    go.await();
                    return guests.answer(session.joinCode(), token, LiveSessionServicesTest.OPEN_PROMPT, "From my " + tab,
                            null);
                }));
            }
            assertThat(bothReady.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            List<AnswerOutcome> outcomes = new ArrayList<>();
            for (Future<AnswerOutcome> outcome : sent) {
                outcomes.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(AnswerOutcome.Received.class));
            assertThat(jdbc.queryForList("""
                    select a.body from seminar_answer a join seminar_guest g on g.id = a.guest_id
                    where a.session_id = ? and a.step_key = ? and g.display_name = ?""",
                    String.class, session.id(), LiveSessionServicesTest.OPEN_PROMPT, "Two tabs " + round))
                    .singleElement().isIn("From my phone", "From my laptop");
        }
    }

    private Callable<AnswerOutcome> tabSending(UserRef student, String body, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            accounts.signIn(student);
            try {
                ready.countDown();
                go.await();
                return audienceService.answer(session.joinCode(), LiveSessionServicesTest.OPEN_PROMPT, body, null);
            } finally {
                accounts.signOut();
            }
        };
    }
}
