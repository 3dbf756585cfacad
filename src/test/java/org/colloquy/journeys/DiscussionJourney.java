package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two students of the demo class discuss a prompt: the second sees nothing until she has posted; both cite the
 * essay; the instructor hides a post; a student builds the argument map and the instructor projects it.
 */
class DiscussionJourney extends BrowserJourney {

    private static final String LESSON = "course/sino-russian-relations/lesson/three-stages";
    private static final String THREAD = "course/sino-russian-relations/discussion/three-stages/discuss-parallel";

    @Test
    void classmates_post_first_cite_the_essay_and_the_instructor_moderates() {
        signIn("ben", "colloquy");
        page.navigate(url(THREAD));
        assertThat(page.locator(".discussion-locked")).containsText("Post your own answer first");
        assertThat(page.locator(".discussion-thread .attribution")).containsText("Classmates see your name");

        post(page, "The parallel breaks down in the 1990s: Russia's economy collapsed while China's grew. [¶2]");

        Page ana = newPerson(1280, 900);
        signIn(ana, "ana", "colloquy");
        ana.navigate(url(THREAD));
        assertThat(ana.locator(".discussion-locked")).isVisible();
        assertThat(ana.locator(".discussion-post")).hasCount(0);
        openDiscussStep(ana);
        ana.locator(".draft-editor textarea").fill("Both states grew stronger in the 2000s, which is the essay's point.");
        citeSentence(ana, "¶4 —", "2 —");
        assertThat(ana.locator(".draft-editor textarea")).hasValue(Pattern.compile(".*\\[¶4\\.2]$"));
        submit(ana);
        ana.navigate(url(THREAD));
        assertThat(ana.locator(".discussion-post").first()).containsText("Russia's economy collapsed");
        assertThat(ana.locator(".citation").first()).containsText("Paragraph 2 of the essay");
        assertThat(ana.locator(".discussion-post", new Page.LocatorOptions().setHasText("Both states grew stronger"))
                .locator(".citation")).containsText("Paragraph 4, sentence 2 of the essay");
        assertThat(ana.locator(".discussion-post", new Page.LocatorOptions().setHasText("Both states grew stronger"))
                .locator(".citation")).containsText("“During this period");
        ana.locator(".discussion-post").first().locator("textarea").fill("True, but see [¶3] on the second stage.");
        ana.locator(".discussion-post").first().getByText("Post reply").click();
        assertThat(ana.locator(".discussion-reply").first()).containsText("see [¶3]");
        ana.locator(".discussion-post").first().locator("textarea").fill("Sent too soon.");
        ana.locator(".discussion-post").first().getByText("Post reply").click();
        ana.locator(".discussion-reply", new Page.LocatorOptions().setHasText("Sent too soon.")).getByText("Delete reply").click();
        ana.locator(".discussion-reply", new Page.LocatorOptions().setHasText("Sent too soon.")).getByText("Yes, delete").click();
        assertThat(ana.locator(".discussion-thread")).not().containsText("Sent too soon.");
        ana.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("30-discussion-thread.png")).setFullPage(true));

        ana.locator(".discussion-post", new Page.LocatorOptions().setHasText("Both states grew stronger"))
                .locator(".citation a").click();
        assertThat(ana.locator("#p4 mark")).containsText("During this period");
        ana.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("33-reading-cited-sentence.png")));

        Page iris = newPerson(1280, 900);
        signIn(iris, "iris", "colloquy");
        iris.navigate(url("classes"));
        iris.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        iris.locator("#tab-prompts").click();
        iris.locator("a[href$='/discussion/three-stages/discuss-parallel']").click();
        iris.locator(".discussion-post", new Page.LocatorOptions().setHasText("Both states grew stronger"))
                .locator("input").fill("Please add your own reasoning, not only the essay's.");
        iris.locator(".discussion-post", new Page.LocatorOptions().setHasText("Both states grew stronger"))
                .getByText("Hide from the class").click();
        assertThat(iris.locator(".discussion-post", new Page.LocatorOptions().setHasText("Both states grew stronger")))
                .containsText("hidden: Please add your own reasoning");
        assertThat(iris.locator(".deleted-reply")).containsText("Sent too soon.");

        page.navigate(url(THREAD));
        assertThat(page.locator(".discussion-thread")).not().containsText("Both states grew stronger");
        assertThat(page.locator(".discussion-thread")).not().containsText("Sent too soon.");
        assertThat(page.locator(".notice-badge")).isVisible();
        screenshot("31-discussion-after-moderation");

        addReasonAs("ana", "Both states share long civilisations and similar hardships, says the essay [¶6.2].");
        ana.navigate(url("course/sino-russian-relations/lesson/expediency-and-order"));
        ana.locator(".step-indicator button[aria-label*='Argue']").click();
        assertThat(ana.locator(".argument-map")).containsText("long civilisations");

        iris.navigate(url("classes"));
        iris.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        iris.locator(".argument-map-link", new Page.LocatorOptions().setHasText("Expediency")).click();
        assertThat(iris.locator(".argument-map")).containsText("long civilisations");
        iris.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("32-argument-map-projected.png")).setFullPage(true));

        iris.navigate(url("classes"));
        iris.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        iris.locator(".heat-map-link").click();
        assertThat(iris.locator("#p2 .heat-count")).containsText("¶2: ");
        assertThat(iris.locator("#p2")).hasClass(Pattern.compile(".*heat-level-[1-4].*"));
        iris.locator("#p2 button.heat-count, #p2 vaadin-button.heat-count").click();
        assertThat(iris.locator("#p2 .heat-list")).containsText("Ben");
        iris.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("34-reading-heat-map.png")).setFullPage(true)
                .setClip(0, 0, 1280, 1500));

        Page irisPhone = newPerson(390, 844);
        signIn(irisPhone, "iris", "colloquy");
        irisPhone.navigate(iris.url());
        irisPhone.locator("#p4 button.heat-count, #p4 vaadin-button.heat-count").click();
        assertThat(irisPhone.locator("#p4 .heat-list")).containsText("Hidden from the class");
        irisPhone.locator("#p4 .heat-list").scrollIntoViewIfNeeded();
        irisPhone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("35-reading-heat-map-phone.png")));

        page.navigate(iris.url());
        assertThat(page.locator("#p2")).isVisible();
        assertThat(page.locator(".heat-map-controls")).hasCount(0);
        assertThat(page.locator(".heat-badge")).hasCount(0);
    }

    @Autowired
    ArgumentMapService maps;
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    /** The citation picker is exercised by ArgumentMapPanelTest; here the reason is added as ana would. */
    private void addReasonAs(String username, String reason) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(username, null, List.of(
                        new SimpleGrantedAuthority("ROLE_STUDENT"))));
        securityContexts.setContext(context);
        try {
            maps.addReason("sino-russian-relations", "expediency-and-order/argue-not-expediency",
                    Side.FOR, reason, List.of("p6"));
        } finally {
            securityContexts.clearContext();
        }
    }

    private void post(Page who, String text) {
        openDiscussStep(who);
        who.locator(".draft-editor textarea").fill(text);
        submit(who);
    }

    private void openDiscussStep(Page who) {
        who.navigate(url(LESSON));
        who.locator(".step-indicator button[aria-label*='Discuss']").click();
        assertThat(who.locator(".step-counter")).containsText("Discuss");
        assertThat(who.locator(".open-answer-step")).containsText("Your classmates will see your name");
    }

    private void submit(Page who) {
        who.locator("#submit-answer").click();
        assertThat(who.locator(".submission-state")).containsText("Submitted");
    }

    /** Picks a paragraph and one of its sentences in the citation picker, by the start of their labels. */
    private void citeSentence(Page who, String paragraphLabel, String sentenceLabel) {
        // in a lesson the picker is folded under "Cite the essay" until opened
        Locator fold = who.locator("details.citation-fold:not([open]) > summary");
        if (fold.count() > 0) {
            fold.first().click();
        }
        who.locator("#cite-paragraph input").fill(paragraphLabel);
        who.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(paragraphLabel)).first().click();
        who.locator("#cite-sentence input").click();
        who.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(sentenceLabel)).first().click();
        who.locator("#insert-citation").click();
    }
}
