package org.colloquy.review;

import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import java.util.Collections;
import java.util.List;

/** Two classes, A and B, each with its own instructor and one student who answered the rubric prompt of lesson 1. */
public record ReviewFixture(UserRef instructorA, UserRef instructorB, UserRef studentA, UserRef studentB, CohortRef cohortA,
                     CohortRef cohortB, long responseA, long responseB) {

    static final String COURSE = "sino-russian-relations";
    static final String PROMPT = "three-stages/respond-balance";

    static ReviewFixture create(TestAccounts accounts, CohortService cohorts, AnswerService answers,
                                CohortWorkService classWork) {
        UserRef instructorA = accounts.signInNew("instructor-a", Role.INSTRUCTOR);
        CohortRef cohortA = cohorts.createCohort(COURSE, "Class A");
        UserRef instructorB = accounts.signInNew("instructor-b", Role.INSTRUCTOR);
        CohortRef cohortB = cohorts.createCohort(COURSE, "Class B");

        UserRef studentA = accounts.signInNew("student-a", Role.STUDENT);
        cohorts.join(cohortA.joinCode());
        answers.submit(COURSE, PROMPT, words(90, "alpha"), null, AnswerSnapshot.NONE_SAVED);
        UserRef studentB = accounts.signInNew("student-b", Role.STUDENT);
        cohorts.join(cohortB.joinCode());
        answers.submit(COURSE, PROMPT, words(95, "beta"), null, AnswerSnapshot.NONE_SAVED);

        accounts.signIn(instructorA);
        long responseA = classWork.responsesTo(cohortA.id(), PROMPT).getFirst().responseId();
        accounts.signIn(instructorB);
        long responseB = classWork.responsesTo(cohortB.id(), PROMPT).getFirst().responseId();
        accounts.signOut();
        return new ReviewFixture(instructorA, instructorB, studentA, studentB, cohortA, cohortB, responseA, responseB);
    }

    public static String words(int count, String word) {
        return String.join(" ", Collections.nCopies(count, word));
    }

    static StudentAnswer only(List<StudentAnswer> responses) {
        return responses.getFirst();
    }
}
