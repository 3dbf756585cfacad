package org.colloquy.security;

import java.util.Collections;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.content.CourseCatalog;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.discussion.DiscussionThread;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;

/**
 * Two classes of the demo course and class A's private work, for calling every service method with class A's ids.
 * Everything class A's students wrote, and their names, contain {@link #MARKER}, so a result that must show nothing
 * of class A can be checked for it; class B's students write {@link #CLASS_B_MARKER}.
 */
record ClassAFixture(UserRef studentA, UserRef classmateA, UserRef studentB, UserRef instructorA, UserRef instructorB,
                     UserRef leader, UserRef admin, UserRef colleague, CohortRef cohortA, CohortRef cohortB,
                     long responseA, long responseB, long postA, long postOfClassmateA, long replyA,
                     long reasonOfClassmateA, String paragraphId, SessionSummary leadersSession, long liveAnswerA,
                     String guestToken, SessionSummary classSessionA) {

    static final String MARKER = "quokka";
    static final String CLASS_B_MARKER = "wombat";
    static final String COURSE = "sino-russian-relations";
    static final String LESSON = "three-stages";
    static final String RESPOND = "three-stages/respond-balance";
    static final String DISCUSS = "three-stages/discuss-parallel";
    static final String SCALE = "three-stages/position-before";
    static final String ARGUE = "expediency-and-order/argue-not-expediency";

    /** Services the fixture is built through, as the people who would build it. */
    record Services(TestAccounts accounts, CohortService cohorts, AnswerService answers, CohortWorkService classWork,
                    StudentLessonService lessons, DiscussionService discussions, ArgumentMapService maps,
                    ReviewService reviews, LiveSessionService rooms, ConsoleService console, AudienceService audience,
                    GuestService guests, CourseCatalog catalog) {
    }

    static ClassAFixture create(Services s) {
        TestAccounts accounts = s.accounts();
        UserRef instructorA = accounts.signInNew("instructor-a", Role.INSTRUCTOR);
        CohortRef cohortA = s.cohorts().createCohort(COURSE, "The Quokka class");
        UserRef instructorB = accounts.signInNew("instructor-b", Role.INSTRUCTOR);
        CohortRef cohortB = s.cohorts().createCohort(COURSE, "The Wombat class");
        UserRef colleague = accounts.create("colleague", Role.INSTRUCTOR);
        UserRef leader = accounts.create("leader", Role.SEMINAR_LEADER);
        UserRef admin = accounts.create("admin", Role.ADMIN);
        String paragraphId = s.catalog().require(COURSE).reading().paragraphs().getFirst().id();

        UserRef studentA = accounts.create("student-a", "Ana Quokka", Role.STUDENT);
        UserRef classmateA = accounts.create("classmate-a", "Abe Quokka", Role.STUDENT);
        UserRef studentB = accounts.create("student-b", "Bea Wombat", Role.STUDENT);
        for (UserRef student : List.of(classmateA, studentA)) {
            accounts.signIn(student);
            s.cohorts().join(cohortA.joinCode());
            s.answers().submit(COURSE, DISCUSS, words(40, MARKER), null, AnswerSnapshot.NONE_SAVED);
            s.maps().addReason(COURSE, ARGUE, Side.FOR, "The " + MARKER + " reason", List.of(paragraphId));
        }
        s.answers().submit(COURSE, RESPOND, words(90, MARKER), null, AnswerSnapshot.NONE_SAVED);
        s.lessons().open(COURSE, LESSON);
        accounts.signIn(studentB);
        s.cohorts().join(cohortB.joinCode());
        s.answers().submit(COURSE, RESPOND, words(95, CLASS_B_MARKER), null, AnswerSnapshot.NONE_SAVED);
        s.answers().submit(COURSE, DISCUSS, words(40, CLASS_B_MARKER), null, AnswerSnapshot.NONE_SAVED);
        s.lessons().open(COURSE, LESSON);

        accounts.signIn(instructorA);
        long responseA = responseOf(s.classWork().responsesTo(cohortA.id(), RESPOND), studentA);
        long postA = responseOf(s.classWork().responsesTo(cohortA.id(), DISCUSS), studentA);
        long postOfClassmateA = responseOf(s.classWork().responsesTo(cohortA.id(), DISCUSS), classmateA);
        s.reviews().saveFeedback(cohortA.id(), responseA, "Feedback on the " + MARKER + " answer", List.of());
        s.reviews().setStarred(cohortA.id(), responseA, true);
        s.reviews().release(cohortA.id(), RESPOND);
        accounts.signIn(instructorB);
        long responseB = responseOf(s.classWork().responsesTo(cohortB.id(), RESPOND), studentB);

        accounts.signIn(studentA);
        s.discussions().reply(COURSE, DISCUSS, postOfClassmateA, "A " + MARKER + " reply");
        long replyA = s.discussions().thread(COURSE, DISCUSS).posts().stream()
                .flatMap(post -> post.replies().stream()).filter(DiscussionThread.ReplyView::mine)
                .findFirst().orElseThrow().id();
        long reasonOfClassmateA = s.maps().myClassMap(COURSE, ARGUE).reasons().stream()
                .filter(reason -> !reason.mine()).findFirst().orElseThrow().id();

        // the leader's own session, not for a class, opening on a written prompt; class A's student answers in it
        accounts.signIn(leader);
        SessionSummary leadersSession = s.rooms().startWithPrompts(null, COURSE, List.of(RESPOND, SCALE));
        s.console().allowGuests(leadersSession.id(), true);
        accounts.signIn(studentA);
        s.audience().answer(leadersSession.joinCode(), RESPOND, "A live " + MARKER + " answer", null);
        accounts.signIn(leader);
        long liveAnswerA = s.console().presenterState(leadersSession.id()).answers().stream()
                .filter(answer -> answer.body().contains(MARKER)).findFirst().map(LiveAnswer::id).orElseThrow();
        accounts.signInAnonymously();
        String guestToken = ((GuestJoin.Joined) s.guests().join(leadersSession.joinCode(), "A guest")).token();

        // class A's own live session, led by a co-teacher of A who is none of the people in the matrix
        UserRef coTeacherA = accounts.create("co-teacher-a", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        accounts.signIn(instructorA);
        s.cohorts().addInstructor(cohortA.id(), coTeacherA.username());
        accounts.signIn(coTeacherA);
        SessionSummary classSessionA = s.rooms().start(cohortA.id(), COURSE, LESSON);
        accounts.signIn(studentA);
        s.audience().answer(classSessionA.joinCode(), SCALE, "My " + MARKER + " reason", "4");
        accounts.signOut();

        return new ClassAFixture(studentA, classmateA, studentB, instructorA, instructorB, leader, admin, colleague,
                cohortA, cohortB, responseA, responseB, postA, postOfClassmateA, replyA, reasonOfClassmateA,
                paragraphId, leadersSession, liveAnswerA, guestToken, classSessionA);
    }

    private static long responseOf(List<StudentAnswer> responses, UserRef student) {
        return responses.stream().filter(response -> response.userId() == student.id()).findFirst().orElseThrow()
                .responseId();
    }

    static String words(int count, String word) {
        return String.join(" ", Collections.nCopies(count, word));
    }
}
