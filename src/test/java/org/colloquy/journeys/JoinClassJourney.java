package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** An instructor opens a class; one student joins by signing in, a newcomer by creating an account. */
class JoinClassJourney extends BrowserJourney {

    @Test
    void students_join_a_new_class_with_its_code_and_land_in_the_course() {
        signIn("iris", "colloquy");
        page.navigate(url("classes"));
        page.locator("#new-class-name input").fill("Evening seminar");
        page.getByText("Create class").click();
        page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Evening seminar")).click();
        String joinInfo = page.locator(".join-info").textContent();
        String code = joinInfo.replaceAll("(?s).*the code ([A-Z0-9]{6}).*", "$1");
        screenshot("20-new-class");

        context.close();
        openContext();
        page.navigate(url("join/" + code));
        page.locator("#sign-in-and-join").click();
        page.locator("input[name='username']").fill("chen");
        page.locator("input[name='password']").fill("colloquy");
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(target -> target.contains("/course/sino-russian-relations"));
        assertThat(page.locator("h1")).containsText("China and Russia");

        context.close();
        openContext();
        page.navigate(url("join/" + code.toLowerCase()));
        page.getByLabel("Your name, as your class will see it").fill("Dana Newcomer");
        page.getByLabel("Choose a username").fill("dana-" + code.toLowerCase());
        page.getByLabel("Choose a password").fill("a-good-password");
        screenshot("21-sign-up-with-code");
        page.locator("#sign-up-button").click();
        page.waitForURL(target -> target.contains("/course/sino-russian-relations"));
        assertThat(page.locator("h1")).containsText("China and Russia");

        context.close();
        openContext();
        page.navigate(url("join/ZZZZZZ"));
        page.getByLabel("Your name, as your class will see it").fill("Typo Person");
        page.getByLabel("Choose a username").fill("typo-person");
        page.getByLabel("Choose a password").fill("a-good-password");
        page.locator("#sign-up-button").click();
        assertThat(page.locator(".join-message")).containsText("No class has the code");
        assertThat(page.getByLabel("Your name, as your class will see it")).hasValue("Typo Person");
    }
}
