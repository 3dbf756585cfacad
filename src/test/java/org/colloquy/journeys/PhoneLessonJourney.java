package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A student does a lesson on a phone (390 × 844): the top bar is one row with a menu, the step's question is on the
 * first screen, and the passage is one tap away. On a wide screen the page is laid out as before.
 */
class PhoneLessonJourney extends BrowserJourney {

    private static final String LESSON = "course/sino-russian-relations/lesson/three-stages";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void on_a_phone_the_question_comes_first_and_the_passage_opens_in_place() {
        Page phone = newPerson(PHONE_WIDTH, PHONE_HEIGHT);
        signIn(phone, "ben", "colloquy");
        phone.navigate(url(LESSON));
        phone.locator(".step-indicator button[aria-label*='Discuss']").click();
        assertThat(phone.locator(".step-counter")).containsText("Discuss");

        Locator question = phone.locator(".step-area .step-panel > .prose").first();
        assertThat(question).isVisible();
        Assertions.assertThat(bottom(question.boundingBox())).as("the question is on the first screen")
                .isLessThan(PHONE_HEIGHT);
        Locator passage = phone.locator(".passage-panel");
        assertThat(passage).not().hasAttribute("open", "");
        assertThat(phone.locator(".passage-paragraph").first()).isHidden();
        screenshot(phone, "phone-lesson-discuss-step");

        passage.locator("summary").focus();
        phone.keyboard().press("Enter");
        assertThat(passage).hasAttribute("open", "");
        assertThat(phone.locator(".passage-paragraph").first()).isVisible();
        assertThat(phone.locator(".passage-paragraph").first()).hasAttribute("data-number", "¶2");
        screenshot(phone, "phone-lesson-passage-open");
        phone.locator("#step-back").click();
        assertThat(phone.locator(".step-counter")).containsText("Respond");
        assertThat(phone.locator(".passage-panel")).not().hasAttribute("open", "");
    }

    @Test
    void on_a_phone_the_top_bar_is_one_row_and_its_menu_holds_the_navigation_languages_and_sign_out() {
        Page phone = newPerson(PHONE_WIDTH, PHONE_HEIGHT);
        signIn(phone, "ana", "colloquy");
        phone.navigate(url(LESSON));
        Locator bar = phone.locator(".top-bar");
        Locator menuButton = phone.locator("#menu-button");
        Locator brand = phone.locator(".top-bar .brand");

        assertThat(menuButton).isVisible();
        assertThat(phone.locator("#sign-out")).isHidden();
        assertThat(phone.locator("#language-picker")).isHidden();
        Assertions.assertThat(bar.boundingBox().height).as("one row: as high as the menu button and its padding")
                .isLessThan(menuButton.boundingBox().height * 1.8);
        Assertions.assertThat(Math.abs(brand.boundingBox().y + brand.boundingBox().height / 2
                - (menuButton.boundingBox().y + menuButton.boundingBox().height / 2))).isLessThan(8.0);
        assertThat(menuButton).hasAttribute("aria-expanded", "false");

        menuButton.click();
        assertThat(menuButton).hasAttribute("aria-expanded", "true");
        assertThat(phone.locator(".main-nav a", new Page.LocatorOptions().setHasText("My work"))).isVisible();
        assertThat(phone.locator("#notice-link")).isVisible();
        assertThat(phone.locator("#language-picker")).isVisible();
        assertThat(phone.locator("#sign-out")).isVisible();
        screenshot(phone, "phone-menu-open");

        phone.keyboard().press("Escape");
        assertThat(menuButton).hasAttribute("aria-expanded", "false");
        assertThat(menuButton).isFocused();
        assertThat(phone.locator("#sign-out")).isHidden();

        menuButton.press("Enter");
        phone.locator(".main-nav a", new Page.LocatorOptions().setHasText("My work")).click();
        assertThat(phone.locator("h1")).containsText("My work");
        assertThat(menuButton).hasAttribute("aria-expanded", "false");
        assertThat(phone.locator("#sign-out")).isHidden();
    }

    @Test
    void on_a_wide_screen_the_top_bar_and_the_passage_stay_as_they_were() {
        signIn("chen", "colloquy");
        page.navigate(url(LESSON));
        page.locator(".step-indicator button[aria-label*='Discuss']").click();

        assertThat(page.locator("#menu-button")).isHidden();
        assertThat(page.locator("#sign-out")).isVisible();
        assertThat(page.locator("#language-picker")).isVisible();
        assertThat(page.locator(".main-nav a").first()).isVisible();
        assertThat(page.locator(".passage-panel")).hasAttribute("open", "");
        assertThat(page.locator(".passage-paragraph").first()).isVisible();
        Assertions.assertThat(page.locator(".passage-area").boundingBox().x)
                .as("the passage beside the question").isGreaterThan(page.locator(".step-area").boundingBox().x + 300);
        screenshot(page, "desktop-lesson-discuss-step");
    }

    private static double bottom(BoundingBox box) {
        return box.y + box.height;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
