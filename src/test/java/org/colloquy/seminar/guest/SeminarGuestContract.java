package org.colloquy.seminar.guest;

import static org.assertj.core.api.Assertions.assertThat;

import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.colloquy.seminar.LiveSessionServicesTest;
import org.colloquy.seminar.Said;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;

/** What the guest service promises, run against H2 and against PostgreSQL by the two subclasses. */
abstract class SeminarGuestContract {

    static final String OPEN_PROMPT = LiveSessionServicesTest.OPEN_PROMPT;

    @Autowired
    TestAccounts accounts;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    GuestService guests;

    UserRef leader;
    SessionSummary session;

    @BeforeEach
    void aLeaderStartsASessionOnTheOpenPrompt() {
        leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        session = roomService.start(LiveSessionServicesTest.COURSE, LiveSessionServicesTest.LESSON);
        while (!consoleService.presenterState(session.id()).current().key().equals(OPEN_PROMPT)) {
            consoleService.next(session.id());
        }
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_guest_joins_only_once_the_leader_allows_guests() {
        accounts.signInAnonymously();
        assertThat(guests.enter(session.joinCode(), null)).extracting(Said::english).isEqualTo((
                "This session is for signed-in students only: sign in to join, or ask your leader to let guests in."));
        assertThat(guests.join(session.joinCode(), "Mira")).isEqualTo(guests.enter(session.joinCode(), null))
                .isInstanceOfSatisfying(GuestJoin.NotOpenToGuests.class,
                        notOpen -> assertThat(notOpen.sessionId()).as("the session to follow until guests may join")
                                .isEqualTo(session.id()));

        accounts.signIn(leader);
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();

        assertThat(guests.enter(session.joinCode(), null)).isInstanceOf(GuestJoin.NameNeeded.class);
        assertThat(guests.join(session.joinCode().toLowerCase(), "  Mira  ")).isInstanceOf(GuestJoin.Joined.class);
    }

    @Test
    void a_guest_who_comes_back_with_the_token_finds_the_current_prompt_and_their_own_answer() {
        String token = joinedGuest("Mira");
        assertThat(guests.answer(session.joinCode(), token, OPEN_PROMPT, "A guest's view", null))
                .isInstanceOf(AnswerOutcome.Received.class);

        GuestJoin back = guests.enter(session.joinCode(), token);

        assertThat(back).isInstanceOfSatisfying(GuestJoin.Joined.class, joined -> {
            assertThat(joined.state().prompt().key()).isEqualTo(OPEN_PROMPT);
            assertThat(joined.state().myAnswer().body()).isEqualTo("A guest's view");
        });
        assertThat(guests.enter(session.joinCode(), "someone-elses-guess")).isInstanceOf(GuestJoin.NameNeeded.class);
    }

    @Test
    void only_the_leader_sees_a_guests_name_marked_as_a_guest() {
        String token = joinedGuest("Mira <b>Bold</b>");
        guests.answer(session.joinCode(), token, OPEN_PROMPT, "Hello from the back row", null);

        accounts.signIn(leader);
        assertThat(consoleService.presenterState(session.id()).answers()).singleElement()
                .satisfies(answer -> {
                    assertThat(answer.studentName()).isEqualTo("Mira <b>Bold</b>");
                    assertThat(answer.guest()).isTrue();
                });
        assertThat(consoleService.controls(session.id()).guestCount()).isEqualTo(1);
    }

    @Test
    void a_session_full_of_guests_refuses_one_more_and_says_why() {
        accounts.signIn(leader);
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();
        for (int guest = 0; guest < GuestService.MOST_GUESTS_PER_SESSION; guest++) {
            assertThat(guests.join(session.joinCode(), "Guest " + guest)).isInstanceOf(GuestJoin.Joined.class);
        }

        assertThat(guests.join(session.joinCode(), "One too many")).isInstanceOfSatisfying(GuestJoin.Refused.class,
                refused -> assertThat(refused.message().english()).startsWith("This session has its 500 guests"));
    }

    @Test
    void a_blank_or_too_long_name_is_refused_with_the_reason() {
        accounts.signIn(leader);
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();

        assertThat(guests.join(session.joinCode(), "   ")).extracting(Said::english).isEqualTo((
                "Enter a name first: your leader sees it next to your answers; classmates do not."));
        assertThat(guests.join(session.joinCode(), "x".repeat(41))).extracting(Said::english).isEqualTo((
                "Names are up to 40 characters; this one is 41. Shorten it and join again."));
    }

    @Test
    void a_wrong_or_ended_code_says_exactly_that_to_a_guest() {
        accounts.signIn(leader);
        SessionSummary ended = roomService.start(LiveSessionServicesTest.COURSE, LiveSessionServicesTest.LESSON);
        consoleService.close(ended.id());
        accounts.signInAnonymously();

        assertThat(guests.enter("ZZZZZZ", null)).extracting(Said::english).isEqualTo((
                "No live session has the code ZZZZZZ. Check the code on the screen and try again."));
        assertThat(guests.enter(ended.joinCode(), null)).extracting(Said::english).isEqualTo(("The session with the code "
                + ended.joinCode() + " has ended. Ask your leader for the code of the current one."));
    }

    @Test
    void a_guest_token_from_another_session_answers_nothing() {
        String token = joinedGuest("Mira");
        accounts.signIn(leader);
        SessionSummary other = roomService.start(LiveSessionServicesTest.COURSE, LiveSessionServicesTest.LESSON);
        accounts.signInAnonymously();

        assertThat(guests.answer(other.joinCode(), token, "position-before", "", "3"))
                .isInstanceOf(AnswerOutcome.Refused.class);
    }

    private String joinedGuest(String name) {
        accounts.signIn(leader);
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();
        return ((GuestJoin.Joined) guests.join(session.joinCode(), name)).token();
    }
}
