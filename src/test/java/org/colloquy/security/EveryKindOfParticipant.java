package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.argument.Stance;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.discussion.DiscussionThread;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.cohort.CohortSessionService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class in which every kind of participant the product knows has left work, and a class with nobody in it, for
 * opening every page with all of them on it. In the class: a student who did everything (Ana), a classmate whose
 * account was deactivated (Ben), a
 * student whose account no longer exists (Dan: the product cannot deactivate or delete an account yet, so the test
 * takes his row out of {@code app_user} with the database's own checks off and puts it back afterwards), a student who
 * left the class (Lea: her membership row is gone), anonymous authors (a discussion anonymous to peers), and guests of
 * the class's live sessions, one of which was led by a co-teacher whose account is gone too (Lev). The empty class has
 * an instructor and a live session nobody answered. Everything is written with the services, as its people would.
 */
record EveryKindOfParticipant(UserRef instructor, UserRef leader, UserRef admin, UserRef student, UserRef loneStudent,
                              long formerStudentId, long leftStudentId, CohortRef cohort, CohortRef emptyCohort,
                              SessionSummary endedSession, SessionSummary runningSession, SessionSummary emptySession,
                              String guestName, GoneAccounts gone) {

    static final String COURSE = "sino-russian-relations";
    static final String RESPOND = "three-stages/respond-balance";
    static final String SCALE = "three-stages/position-before";
    static final String DISCUSS = "three-stages/discuss-parallel";
    static final String ANONYMOUS_DISCUSS = "expediency-and-order/discuss-order";
    static final String ARGUE = "expediency-and-order/argue-not-expediency";
    /** Every kind of prompt, a named discussion and one anonymous to peers. */
    static final List<String> PROMPTS = List.of(RESPOND, SCALE, DISCUSS, ANONYMOUS_DISCUSS, ARGUE);

    /** Services the fixture is built through, as the people who would build it. */
    record Services(TestAccounts accounts, CohortService cohorts, AnswerService answers, StudentLessonService lessons,
                    DiscussionService discussions, DiscussionModerationService moderation, ArgumentMapService maps,
                    ReviewService reviews, CohortWorkService classWork, LiveSessionService rooms,
                    ConsoleService console, AudienceService audience, GuestService guests, ScreenService screen,
                    CohortSessionService classSessions, JdbcTemplate jdbc) {
    }

    static EveryKindOfParticipant create(Services s) {
        TestAccounts accounts = s.accounts();
        UserRef instructor = accounts.create("instructor", "Ida Instructor", Role.INSTRUCTOR);
        accounts.signIn(instructor);
        CohortRef cohort = s.cohorts().createCohort(COURSE, "Everyone's class");
        CohortRef emptyCohort = s.cohorts().createCohort(COURSE, "Nobody's class");
        UserRef leader = accounts.create("leader", "Leo Leader", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        UserRef formerLeader = accounts.create("lev", "Lev Gone", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        for (CohortRef each : List.of(cohort, emptyCohort)) {
            s.cohorts().addInstructor(each.id(), leader.username());
            s.cohorts().addInstructor(each.id(), formerLeader.username());
        }
        UserRef admin = accounts.create("admin", Role.ADMIN);
        UserRef loneStudent = accounts.create("lone", "Lone Student", Role.STUDENT);

        UserRef ana = accounts.create("ana", "Ana Present", Role.STUDENT);
        UserRef ben = accounts.create("ben", "Ben Present", Role.STUDENT);
        UserRef dan = accounts.create("dan", "Dan Gone", Role.STUDENT);
        UserRef lea = accounts.create("lea", "Lea Left", Role.STUDENT);
        List<UserRef> students = List.of(ana, ben, dan, lea);
        for (UserRef student : students) {
            accounts.signIn(student);
            s.cohorts().join(cohort.joinCode());
            submit(s, RESPOND, words(90, "Balance [¶2] from " + student.displayName() + ":"), null);
            submit(s, SCALE, "Because of [¶3], says " + student.displayName(), "4");
            submit(s, DISCUSS, words(40, "Parallel [¶2] by " + student.displayName() + ":"), null);
            submit(s, ANONYMOUS_DISCUSS, words(40, "Order [¶7] by " + student.displayName() + ":"), null);
            s.maps().addReason(COURSE, ARGUE, Side.FOR, "A reason of " + student.displayName(), List.of("p6"));
            s.lessons().open(COURSE, "three-stages");
        }
        for (UserRef student : List.of(ana, dan)) {
            accounts.signIn(student);
            for (String prompt : List.of(DISCUSS, ANONYMOUS_DISCUSS)) {
                for (DiscussionThread.Post post : s.discussions().thread(COURSE, prompt).posts()) {
                    if (!post.mine()) {
                        s.discussions().reply(COURSE, prompt, post.id(), "A reply of " + student.displayName());
                        s.discussions().toggleHelpful(COURSE, prompt, post.id());
                    }
                }
            }
            s.maps().myClassMap(COURSE, ARGUE).reasons().stream().filter(reason -> !reason.mine())
                    .forEach(reason -> s.maps().judge(COURSE, ARGUE, reason.id(), Stance.SUPPORT));
        }

        accounts.signIn(instructor);
        Map<Long, Long> respondOf = responses(s.classWork().responsesTo(cohort.id(), RESPOND));
        for (UserRef student : students) {
            s.reviews().saveFeedback(cohort.id(), respondOf.get(student.id()), "Feedback for " + student.displayName(),
                    List.of());
        }
        s.reviews().setStarred(cohort.id(), respondOf.get(dan.id()), true);
        s.reviews().release(cohort.id(), RESPOND);
        Map<Long, Long> postOf = responses(s.classWork().responsesTo(cohort.id(), DISCUSS));
        s.moderation().pin(cohort.id(), postOf.get(dan.id()), true);
        s.moderation().hide(cohort.id(), postOf.get(ben.id()), "Off topic");

        // an ended session of the class, led by a co-teacher whose account is gone by now, a guest among its people
        accounts.signIn(formerLeader);
        SessionSummary ended = s.rooms().startWithPrompts(cohort.id(), COURSE, List.of(SCALE, RESPOND));
        s.console().allowGuests(ended.id(), true);
        String guestName = "Mira <b>Guest</b>";
        String endedGuest = guestJoins(s, ended, guestName);
        answerLive(s, ended, SCALE, List.of(ana, dan), endedGuest, "", "2");
        accounts.signIn(formerLeader);
        s.console().next(ended.id());
        answerLive(s, ended, RESPOND, List.of(ana, dan), endedGuest, "A live answer", null);
        accounts.signIn(formerLeader);
        s.console().close(ended.id());

        // the class's running session: the leader approved and spotlit a guest's answer and shows a starred answer
        accounts.signIn(leader);
        SessionSummary running = s.rooms().startWithPrompts(cohort.id(), COURSE, List.of(RESPOND, SCALE));
        s.console().allowGuests(running.id(), true);
        String runningGuest = guestJoins(s, running, guestName);
        answerLive(s, running, RESPOND, List.of(ana, dan, lea), runningGuest, "Live from the room", null);
        accounts.signIn(leader);
        for (LiveAnswer answer : s.console().presenterState(running.id()).answers()) {
            s.console().approve(running.id(), answer.id());
            if (answer.guest()) {
                s.console().star(running.id(), answer.id(), true);
                s.screen().spotlight(running.id(), answer.id());
            }
        }
        s.console().setRevealed(running.id(), true);
        s.classSessions().bringIn(running.id(), respondOf.get(dan.id()));

        // the empty class: a session nobody answered
        SessionSummary empty = s.rooms().startWithPrompts(emptyCohort.id(), COURSE, List.of(SCALE, RESPOND));
        accounts.signOut();

        GoneAccounts gone = new GoneAccounts(s.jdbc(), List.of(dan.id(), formerLeader.id()));
        gone.remove();
        s.jdbc().update("delete from cohort_member where cohort_id = ? and user_id = ?", cohort.id(), lea.id());
        // Ben's account is deactivated (decision 0043): his work stays and is shown, his name marked as former
        s.jdbc().update("update app_user set deactivated_at = current_timestamp where id = ?", ben.id());
        return new EveryKindOfParticipant(instructor, leader, admin, ana, loneStudent, dan.id(), lea.id(), cohort,
                emptyCohort, ended, running, empty, guestName, gone);
    }

    private static void submit(Services s, String prompt, String body, String choice) {
        assertThat(s.answers().submit(COURSE, prompt, body, choice, AnswerSnapshot.NONE_SAVED))
                .as("%s submitted", prompt).isInstanceOf(SaveOutcome.Saved.class);
    }

    private static String guestJoins(Services s, SessionSummary session, String name) {
        s.accounts().signInAnonymously();
        return ((GuestJoin.Joined) s.guests().join(session.joinCode(), name)).token();
    }

    private static void answerLive(Services s, SessionSummary session, String prompt, List<UserRef> students,
                                   String guestToken, String body, String choice) {
        for (UserRef student : students) {
            s.accounts().signIn(student);
            assertThat(s.audience().answer(session.joinCode(), prompt, body + " of " + student.displayName(), choice))
                    .isInstanceOf(AnswerOutcome.Received.class);
        }
        s.accounts().signInAnonymously();
        assertThat(s.guests().answer(session.joinCode(), guestToken, prompt, body + " of a guest", choice))
                .isInstanceOf(AnswerOutcome.Received.class);
    }

    private static Map<Long, Long> responses(List<StudentAnswer> responses) {
        return responses.stream().collect(Collectors.toMap(StudentAnswer::userId,
                StudentAnswer::responseId));
    }

    /** The opening, then as many more words as a prompt needs. */
    private static String words(int count, String opening) {
        return opening + " " + String.join(" ", Collections.nCopies(count, "reasoning"));
    }

    /**
     * Accounts whose rows are gone from {@code app_user} while their work stays, as after a deletion the product does
     * not offer yet. H2 lets the test remove them with its referential checks off; {@link #restore()} puts the very
     * same rows back, so the shared test database is whole again for the tests after this one.
     */
    static final class GoneAccounts {

        private final JdbcTemplate jdbc;
        private final List<Long> ids;
        private List<Map<String, Object>> users = List.of();
        private List<Map<String, Object>> roles = List.of();

        GoneAccounts(JdbcTemplate jdbc, List<Long> ids) {
            this.jdbc = jdbc;
            this.ids = List.copyOf(ids);
        }

        void remove() {
            String in = in();
            users = jdbc.queryForList("select * from app_user where id in " + in);
            roles = jdbc.queryForList("select * from app_user_role where user_id in " + in);
            withoutReferentialChecks(() -> {
                jdbc.update("delete from app_user_role where user_id in " + in);
                jdbc.update("delete from app_user where id in " + in);
            });
        }

        void restore() {
            users.forEach(row -> insert("app_user", row));
            roles.forEach(row -> insert("app_user_role", row));
            users = List.of();
            roles = List.of();
        }

        private void insert(String table, Map<String, Object> row) {
            jdbc.update("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                    + String.join(", ", Collections.nCopies(row.size(), "?")) + ")", row.values().toArray());
        }

        private String in() {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        }

        private void withoutReferentialChecks(Runnable change) {
            jdbc.execute("set referential_integrity false");
            try {
                change.run();
            } finally {
                jdbc.execute("set referential_integrity true");
            }
        }
    }
}
