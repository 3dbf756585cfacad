package org.colloquy.review.export;

import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.review.CriterionScore;
import org.colloquy.review.ReviewFixture;
import org.colloquy.review.ReviewService;

/**
 * Class A with two students whose answers are hard to export (quotes, commas, line breaks, Chinese, emoji, text that
 * a spreadsheet would run as a formula, a draft, positions before and after), feedback released on one answer and
 * drafted on another; class B, taught by someone else, with one student of its own.
 */
record ExportFixture(UserRef instructorA, UserRef instructorB, UserRef zoe, UserRef adam, UserRef bea,
                     CohortRef cohortA, CohortRef cohortB) {

    static final String COURSE = "sino-russian-relations";
    static final String POSITION_BEFORE = "three-stages/position-before";
    static final String CHECK = "three-stages/check-second-stage";
    static final String RESPOND = "three-stages/respond-balance";
    static final String DISCUSS = "three-stages/discuss-parallel";
    static final String POSITION_AFTER = "three-stages/position-after";

    static final String ZOE_NAME = "Zoë \"Z\" O'Brien, 李";
    static final String CLASS_A_NAME = "Class A, \"evenings\"";
    static final String FORMULA_REASON = "=HYPERLINK(\"http://evil.example\",\"Click me\")";
    static final String TRICKY_ANSWER = """
            She wrote "no", then paused, and wrote it again: ""no"".
            A second line, with commas, semicolons; and a tab\there.
            中俄关系的第三阶段 needs a strong state 🤝🏽 and a market 🇨🇳🇷🇺, says p3.\r
            Last line after a CRLF.""" + " " + ReviewFixture.words(70, "filler");
    static final String DRAFT = "+1 to what p3 says, but this is only a draft, not submitted.";
    static final String AFTER_REASON = "-ish: I moved a little, because the dates in p2 do not fit Russia.";
    static final String FEEDBACK = "Good use of \"p3\", but…\nsay why the balance is hard, in one line.";

    static ExportFixture create(TestAccounts accounts, CohortService cohorts, AnswerService answers,
                                CohortWorkService classWork, ReviewService reviews) {
        UserRef instructorA = accounts.signInNew("export-a", Role.INSTRUCTOR);
        CohortRef cohortA = cohorts.createCohort(COURSE, CLASS_A_NAME);
        UserRef instructorB = accounts.signInNew("export-b", Role.INSTRUCTOR);
        CohortRef cohortB = cohorts.createCohort(COURSE, "Class B");

        UserRef zoe = accounts.create("zoe", ZOE_NAME, Role.STUDENT);
        accounts.signIn(zoe);
        cohorts.join(cohortA.joinCode());
        submit(answers, POSITION_BEFORE, "4", FORMULA_REASON);
        submit(answers, CHECK, "b", "");
        submit(answers, RESPOND, null, TRICKY_ANSWER);
        answers.saveDraft(COURSE, DISCUSS, DRAFT, null, AnswerSnapshot.NONE_SAVED);
        submit(answers, POSITION_AFTER, "2", AFTER_REASON);

        UserRef adam = accounts.create("adam", "Adam Plain", Role.STUDENT);
        accounts.signIn(adam);
        cohorts.join(cohortA.joinCode());
        submit(answers, POSITION_BEFORE, "3", "Unsure, the essay gives few dates.");
        submit(answers, RESPOND, null, ReviewFixture.words(85, "plain"));

        UserRef bea = accounts.create("bea", "Bea of class B", Role.STUDENT);
        accounts.signIn(bea);
        cohorts.join(cohortB.joinCode());
        submit(answers, RESPOND, null, ReviewFixture.words(90, "secret"));

        accounts.signIn(instructorA);
        reviews.saveFeedback(cohortA.id(), responseOf(classWork, cohortA, zoe), FEEDBACK,
                List.of(new CriterionScore("reading", 2, "Close, accurate reading."),
                        new CriterionScore("analysis", 1, "")));
        reviews.release(cohortA.id(), RESPOND);
        reviews.saveFeedback(cohortA.id(), responseOf(classWork, cohortA, adam), "Needs evidence.",
                List.of(new CriterionScore("analysis", 0, "")));
        accounts.signOut();
        return new ExportFixture(instructorA, instructorB, zoe, adam, bea, cohortA, cohortB);
    }

    private static void submit(AnswerService answers, String promptKey, String choice, String body) {
        answers.submit(COURSE, promptKey, body, choice, AnswerSnapshot.NONE_SAVED);
    }

    private static long responseOf(CohortWorkService classWork, CohortRef cohort, UserRef student) {
        return classWork.responsesTo(cohort.id(), RESPOND).stream()
                .filter(response -> response.userId() == student.id())
                .map(StudentAnswer::responseId)
                .findFirst().orElseThrow();
    }
}
