package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.JoinResult;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.seminar.LiveSessionServicesTest;
import org.colloquy.seminar.Said;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.audience.JoinOutcome;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Join codes cannot be guessed at the speed of requests (decision 0050): codes that name no class and no session are
 * counted per account and per address, in the database, and whoever used up the limit waits, told for how long, even
 * for a right code; under the limit a right code always lets her in, and a guest already in a room stays in it.
 */
@IntegrationTest
class JoinCodeGuessingLimitTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AudienceService audience;
    @Autowired
    GuestService guests;
    @Autowired
    LiveSessionService rooms;
    @Autowired
    ConsoleService console;

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
        accounts.signOut();
    }

    @Test
    void a_student_who_typed_ten_codes_naming_no_class_is_refused_even_the_right_one_and_told_when_to_try_again() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort(LiveSessionServicesTest.COURSE, "Guessed class");
        accounts.signInNew("guesser", Role.STUDENT);
        for (int i = 0; i < 9; i++) {
            assertThat(cohorts.join("ZZZZZ" + i)).isInstanceOf(JoinResult.UnknownCode.class);
        }
        assertThat(audience.join("QQQQQQ")).isInstanceOf(JoinOutcome.UnknownCode.class);

        assertThatThrownBy(() -> cohorts.join(cohort.joinCode())).isInstanceOf(Refusal.class)
                .hasMessageContaining("Try again in about a minute");
        assertThat(audience.join("QQQQQQ")).extracting(Said::english).asString()
                .contains("so trying another has to wait");
    }

    @Test
    void a_student_under_the_limit_joins_with_the_right_code() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort(LiveSessionServicesTest.COURSE, "Mistyped class");
        accounts.signInNew("typist", Role.STUDENT);
        for (int i = 0; i < 9; i++) {
            cohorts.join("ZZZZZ" + i);
        }

        assertThat(cohorts.join(cohort.joinCode())).isInstanceOf(JoinResult.Joined.class);
    }

    @Test
    void phones_at_an_address_that_guessed_a_hundred_session_codes_wait_but_a_guest_already_in_the_room_goes_on() {
        accounts.signInNew("leader", Role.SEMINAR_LEADER);
        SessionSummary room = rooms.start(LiveSessionServicesTest.COURSE, LiveSessionServicesTest.LESSON);
        console.allowGuests(room.id(), true);
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        from(address);
        accounts.signInAnonymously();
        String token = ((GuestJoin.Joined) guests.join(room.joinCode(), "Mira")).token();
        for (int i = 0; i < 100; i++) {
            assertThat(guests.join("WW%04d".formatted(i), "Bot")).isInstanceOf(GuestJoin.Refused.class);
        }

        assertThat(guests.enter(room.joinCode(), null)).isInstanceOfSatisfying(GuestJoin.Refused.class,
                refused -> assertThat(refused.message().english()).contains("Try again in"));
        assertThat(guests.answer("WWWWWZ", "a-guessed-token", LiveSessionServicesTest.OPEN_PROMPT, "hi", null))
                .isInstanceOfSatisfying(AnswerOutcome.Refused.class,
                        refused -> assertThat(refused.message().english()).contains("Try again in"));
        assertThat(guests.enter(room.joinCode(), token)).as("Mira is in the room with her token")
                .isInstanceOf(GuestJoin.Joined.class);
        from("203.0.113.0");
        assertThat(guests.enter(room.joinCode(), null)).as("another address is not held up")
                .isInstanceOf(GuestJoin.NameNeeded.class);
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
