package org.colloquy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.work.CohortWorkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.export.ExportFormat;
import java.io.OutputStream;

/**
 * Who may do what with class A's work: every action × every kind of person, each cell checked. Only
 * class A's instructor may; everyone else is denied, including the instructor of class B asking by id.
 */
@IntegrationTest
class ReviewAccessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    CohortOverviewService overviews;
    @Autowired
    CohortExportService exports;
    @Autowired
    LessonInsightsService insights;
    @Autowired
    PassageEngagementService engagement;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void only_the_instructor_of_a_class_reaches_its_work() {
        ReviewFixture f = ReviewFixture.create(accounts, cohorts, answers, classWork);
        long a = f.cohortA().id();
        long ra = f.responseA();
        Map<String, Consumer<Void>> actions = new LinkedHashMap<>();
        actions.put("overview", x -> overviews.overview(a));
        actions.put("queue", x -> reviews.queue(a, ReviewFixture.PROMPT));
        actions.put("read feedback", x -> reviews.feedback(a, ra));
        actions.put("write feedback", x -> reviews.saveFeedback(a, ra, "ok", List.of()));
        actions.put("star", x -> reviews.setStarred(a, ra, true));
        actions.put("release prompt", x -> reviews.release(a, ReviewFixture.PROMPT));
        actions.put("release all", x -> reviews.releaseAll(a));
        actions.put("class responses", x -> classWork.responses(a));
        actions.put("class progress", x -> classWork.progress(a));
        actions.put("answer history", x -> classWork.history(a, ra));
        actions.put("student list", x -> cohorts.students(a));
        actions.put("export CSV", x -> exports.write(a, ExportFormat.CSV, OutputStream.nullOutputStream()));
        actions.put("export JSON", x -> exports.write(a, ExportFormat.JSON, OutputStream.nullOutputStream()));
        actions.put("export file name", x -> exports.fileName(a, ExportFormat.CSV));
        actions.put("class work page by page", x -> classWork.forEachPage(a, 10, page -> { }));
        actions.put("lesson results", x -> insights.insights(a, "three-stages"));
        actions.put("passage engagement", x -> engagement.engagement(a));
        actions.put("feedback on B's answer through A", x -> reviews.feedback(a, f.responseB()));

        Map<String, Runnable> people = new LinkedHashMap<>();
        people.put("instructor of A", () -> accounts.signIn(f.instructorA()));
        people.put("instructor of B", () -> accounts.signIn(f.instructorB()));
        people.put("student of A", () -> accounts.signIn(f.studentA()));
        people.put("seminar leader", () -> accounts.signInNew("leader", Role.SEMINAR_LEADER));
        people.put("admin", () -> accounts.signInNew("admin", Role.ADMIN));
        people.put("anonymous", accounts::signInAnonymously);

        List<String> wrong = new ArrayList<>();
        people.forEach((who, signIn) -> actions.forEach((what, action) -> {
            signIn.run();
            boolean expected = who.equals("instructor of A") && !what.startsWith("feedback on B");
            boolean allowed = attempt(action);
            if (allowed != expected) {
                wrong.add(who + " × " + what + ": " + (allowed ? "allowed" : "denied"));
            }
        }));

        assertThat(wrong).as("cells that differ from the design").isEmpty();
    }

    private static boolean attempt(Consumer<Void> action) {
        try {
            action.accept(null);
            return true;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException denied) {
            return false;
        }
    }
}
