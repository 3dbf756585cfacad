package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import java.net.URI;
import org.assertj.core.api.Assertions;

/**
 * A student follows a link from the room (the seminar's /live/{code}, or a class's /join/{code}) on a phone where
 * she is not signed in: she signs in and lands where the link pointed, not on the home page.
 */
class SignInReturnsJourney extends BrowserJourney {

    @Test
    void a_student_signed_out_on_her_phone_opens_the_live_link_signs_in_and_is_in_the_session() {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        String code = page.locator("#presenter-join-code").textContent();

        Page phone = newPerson(390, 844);
        phone.navigate(url("live/" + code));
        // signed out, the phone page offers to join as a guest or to sign in
        phone.locator("#guest-sign-in, #live-sign-in").first().click();
        phone.locator("input[name='username']").fill("ben");
        phone.locator("input[name='password']").fill("colloquy");
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("40-live-link-asks-to-sign-in.png")));
        phone.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();

        phone.waitForURL(address -> !address.contains("/login"));
        Assertions.assertThat(URI.create(phone.url()).getPath())
                .as("back on the session she came from, not the home page").startsWith("/live/" + code);
        assertThat(phone.locator(".audience-where")).containsText("question 1 of 6");
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("41-live-after-sign-in.png")));
    }

    @Test
    void a_student_signed_out_on_her_phone_opens_a_join_link_signs_in_and_joins_that_class() {
        Page phone = newPerson(390, 844);
        phone.navigate(url("join/ESSAY2"));
        phone.locator("#sign-in-and-join").click();
        phone.locator("input[name='username']").fill("chen");
        phone.locator("input[name='password']").fill("colloquy");
        phone.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();

        phone.waitForURL(address -> address.contains("/course/sino-russian-relations"));
        assertThat(phone.locator("h1")).containsText("China and Russia");
    }
}
