package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.console.ConsoleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A Russian leader brings a position answer she starred in review onto the projector: the point of the scale reads
 * in Russian above the student's reason. Screenshots: {@code projector-ru-starred-scale.png} and
 * {@code presenter-ru-starred-scale.png}.
 */
@TestPropertySource(properties = "colloquy.seminar.push-batch-window=250ms")
class StarredScaleAnswerJourney extends BrowserJourney {

    private static final String PROMPT = "three-stages/position-before";
    private static final UserRef IRIS = new UserRef(0, "iris", "iris", Set.of(Role.INSTRUCTOR, Role.SEMINAR_LEADER));

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;

    @Autowired
    ConsoleService consoleService;

    private final List<Runnable> undo = new ArrayList<>();

    /** Journeys share the demo database: the star and the session go, so later journeys find the demo as it was. */
    @AfterEach
    void leaveTheDemoAsItWas() {
        accounts.signIn(IRIS);
        undo.forEach(Runnable::run);
        accounts.signOut();
    }

    @Test
    void a_russian_projector_shows_a_starred_position_answer_with_its_point_in_russian() {
        accounts.signIn(IRIS);
        CohortRef demo = cohorts.cohortsITeach().stream().filter(cohort -> cohort.name().equals("Demo seminar"))
                .findFirst().orElseThrow();
        StudentAnswer agreed = classWork.responsesTo(demo.id(), PROMPT).stream()
                .filter(response -> "4".equals(response.choice())).findFirst().orElseThrow();
        reviews.setStarred(demo.id(), agreed.responseId(), true);
        undo.add(() -> reviews.setStarred(demo.id(), agreed.responseId(), false));
        accounts.signOut();

        Page console = newPerson(1280, 900, "ru");
        signIn(console, "iris", "colloquy");
        console.navigate(url("seminar"));
        console.locator("#seminar-mode vaadin-radio-button").nth(1).click();
        console.locator("#seminar-add-prompt input").fill("Урок 1, вопрос 1 ·");
        console.locator("vaadin-combo-box-item").first().click();
        console.locator("#start-seminar").click();
        console.waitForURL("**/present");
        long sessionId = Long.parseLong(console.url().replaceFirst(".*/seminar/(\\d+)/present$", "$1"));
        undo.addFirst(() -> consoleService.close(sessionId));

        Page projector = newPerson(1920, 1080, "ru");
        signIn(projector, "iris", "colloquy");
        projector.navigate(console.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-join-code")).hasText(console.locator("#presenter-join-code").textContent());
        assertThat(console.locator("#starred-answers")).containsText("Согласен");
        console.locator("#bring-in-" + agreed.responseId()).click();

        assertThat(projector.locator(".projector-answer-point")).hasText("Согласен");
        assertThat(projector.locator(".projector-answer")).hasText(agreed.body());
        assertThat(projector.locator("body")).not().containsText("Agree");
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projector-ru-starred-scale.png")));
        console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("presenter-ru-starred-scale.png"))
                .setFullPage(true));
    }
}
