package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.mail.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A student on a class list gets her set-password link by email (a real SMTP server in the test JVM), opens the
 * email, follows its link, chooses her password and signs in.
 */
class PasswordEmailJourney extends BrowserJourney {

    private static final Pattern BUTTON = Pattern.compile("<a href=\"([^\"]+)\"");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.configure(registry, "PT0.2S", "");
    }

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;

    @Test
    void a_student_on_a_class_list_chooses_her_password_from_the_link_in_her_email_and_signs_in() throws Exception {
        GreenMail smtp = TestSmtp.start();
        smtp.purgeEmailFromAllMailboxes();
        try {
            accounts.signInNew("Iris Instructor", Role.INSTRUCTOR);
            CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Email class");
            roster.importRoster(cohort.id(), "name,email\nErin Mailed,erin.mailed@example.org");
        } finally {
            accounts.signOut();
        }

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("the email arrived").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("erin.mailed@example.org");
        String html = htmlOf(mail);

        page.setContent(html);
        assertThat(page.getByText("Hello Erin Mailed,")).isVisible();
        screenshot("40-set-password-email");
        Matcher button = BUTTON.matcher(html);
        assertThat(button.find()).isTrue();
        page.getByText("Choose my password").click();
        page.waitForURL(url -> url.contains("/set-password/"));
        assertThat(page.url()).isEqualTo(button.group(1));

        page.locator(".set-password-greeting").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setTimeout(60_000));
        assertThat(page.locator(".set-password-greeting")).containsText("Hello Erin Mailed.");
        page.locator("vaadin-password-field").nth(0).locator("input").fill("a long new password");
        page.locator("vaadin-password-field").nth(1).locator("input").fill("a long new password");
        page.getByText("Set my password").click();
        assertThat(page.locator(".set-password-done")).containsText("Your password is set.");

        signIn("erin.mailed@example.org", "a long new password");
        assertThat(page.locator("h1").first()).hasText("Courses");
        assertThat(page.locator("#email-settings-link")).isVisible();
    }

    private static String htmlOf(MimeMessage mail) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType("text/html")) {
                return String.valueOf(alternative.getBodyPart(i).getContent());
            }
        }
        throw new AssertionError("no HTML part");
    }
}
