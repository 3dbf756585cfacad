package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.mail.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #15's term, on the {@code prod} profile (no demo accounts: the first admin comes from configuration) with a
 * real SMTP server in the test JVM: the admin invites an instructor by email; she sets her password from the email,
 * opens a class, imports a student by email and sets a lesson's due date (yesterday: the Schedule tab takes a date in
 * the past); the student sets her password from her email and submits after the due date; the instructor grades with
 * the rubric and releases; the student gets the "feedback released" email; the gradebook marks the work late and the
 * Canvas and Moodle downloads carry the right numbers. On the way, axe-core checks (WCAG 2.1 A/AA) every page of
 * issue #15 as it is in this term, with mail set up: people, the invitation, the record of changes, the outbox, the
 * set-password and password-reset pages, the Schedule tab, a student's email settings and the gradebook.
 */
@ActiveProfiles("prod")
class SchoolTermJourney extends BrowserJourney {

    private static final Pattern BUTTON = Pattern.compile("<a href=\"([^\"]+)\"");
    private static final String ADMIN = "headteacher";
    private static final String ADMIN_PASSWORD = "long-enough-secret";
    private static final String TEACHER = "irene.teacher@school.test";
    private static final String STUDENT = "sofia.student@school.test";

    @DynamicPropertySource
    static void prodWithAMailServer(DynamicPropertyRegistry registry) {
        TestSmtp.configure(registry, "PT0.2S", "");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:school-term;DB_CLOSE_DELAY=-1");
        // Vaadin's production bundle is built at package time, after the tests (see ProdProfileTest).
        registry.add("vaadin.productionMode", () -> "false");
        // ...and development mode's own tools (Copilot) are no part of the pages axe-core checks.
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        registry.add("colloquy.admin.username", () -> ADMIN);
        registry.add("colloquy.admin.password", () -> ADMIN_PASSWORD);
    }

    @Autowired
    Clock clock;

    private final AccessibilityAudit audit = new AccessibilityAudit();

    @Test
    void an_admin_invites_an_instructor_who_runs_a_class_with_a_due_date_grades_late_work_and_downloads_grades()
            throws Exception {
        GreenMail smtp = TestSmtp.start();
        smtp.purgeEmailFromAllMailboxes();

        page.navigate(url("reset-password"));
        page.locator("#reset-email").waitFor();
        audit.check(page, "password-reset");
        signIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("admin/people"));
        page.locator("#people-grid").waitFor();
        audit.check(page, "admin-people");
        page.locator("#people-invite").click();
        page.locator("#invite-name input").fill("Irene Teacher");
        page.locator("#invite-email input").fill(TEACHER);
        page.locator("#invite-roles").getByLabel("Instructor").check();
        screenshot("60-admin-invites-an-instructor");
        page.locator("#invite-send").click();
        assertThat(page.locator("#invite-dialog")).containsText("The account of Irene Teacher is ready");
        screenshot("61-invitation-sent");
        audit.check(page, "admin-people-invited");
        page.locator("#invite-dialog vaadin-button", new Page.LocatorOptions().setHasText("Close")).click();
        page.locator("#tab-changes").click();
        assertThat(page.locator("#people-changes")).containsText("Irene Teacher");
        audit.check(page, "admin-people-changes");
        page.navigate(url("admin/mail"));
        page.locator("#mail-outbox").waitFor();
        audit.check(page, "admin-mail");

        setPasswordFromEmail(smtp, TEACHER, "Hello Irene Teacher", "irene's long password", "62-instructor-email");
        signIn(TEACHER, "irene's long password");
        page.navigate(url("classes"));
        page.locator("#new-class-name input").fill("Autumn term");
        page.getByText("Create class").click();
        page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Autumn term")).click();
        assertThat(page.locator("h1")).hasText("Autumn term");
        String classPage = page.url().replaceFirst("\\?.*$", "");

        page.locator("#tab-people").click();
        page.locator("#roster-csv textarea").fill("name,email\nSofia Student," + STUDENT);
        page.locator("#import-roster").click();
        assertThat(page.locator(".roster-imported-summary")).containsText("has also been emailed it");
        screenshot("63-class-list-emailed");

        page.locator("#tab-schedule").click();
        String yesterday = LocalDate.now(clock).minusDays(1) + "T09:00";
        page.locator("#due-three-stages").evaluate("(picker, value) => { picker.value = value;"
                + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", yesterday);
        page.locator("#due-three-stages").blur();
        page.locator("#save-dates-three-stages").click();
        screenshot("64-due-date-yesterday");
        assertThat(page.locator("#schedule-three-stages .schedule-status")).containsText("saved");
        audit.check(page, "class-schedule");

        Page student = newPerson(1280, 900);
        setPasswordFromEmail(smtp, STUDENT, "Hello Sofia Student", "sofia's long password", "65-student-email");
        signIn(student, STUDENT, "sofia's long password");
        student.navigate(url("course/sino-russian-relations/lesson/three-stages"));
        assertThat(student.locator("main, body").first()).containsText("your work will be marked late");
        student.locator(".step-indicator button[aria-label*='Respond']").first().click();
        student.locator(".draft-editor textarea").fill("The third stage must balance a strong state with a bigger "
                + "role for the market. Paragraph 3 asks both countries to ensure the state's strong role while giving "
                + "full play to the role of market-based regulation, and to improve democratic decision-making without "
                + "losing stability. I think the two goals pull against each other: the second stage made the "
                + "state-owned economy stronger, so the same elites would have to give up control. The essay's own "
                + "examples, crisis reform in Russia and decentralisation in China, show that the balance is an aim, "
                + "not yet a practice.");
        student.locator(".draft-editor textarea").blur();
        assertThat(student.locator(".save-state")).containsText("Saved");
        student.locator("#submit-answer").click();
        shoot(student, "66-student-submits-late");
        assertThat(student.locator(".submission-state")).containsText("Submitted");
        student.navigate(url("account/email"));
        student.locator("#mail-address").waitFor();
        audit.check(student, "student-email-settings");

        page.navigate(classPage);
        page.locator("#tab-prompts").click();
        page.locator("a[href$='/review/three-stages/respond-balance']").click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Sofia Student")).click();
        page.locator(".feedback-form vaadin-text-area textarea").fill("A clear thesis, well grounded.");
        Locator criteria = page.locator(".rubric-criterion");
        for (int i = 0; i < criteria.count(); i++) {
            criteria.nth(i).locator("vaadin-radio-button").last().click();
        }
        page.locator("#save-feedback").click();
        assertThat(page.locator(".feedback-form .submission-state")).containsText("draft");
        page.locator("#release-prompt").click();
        assertThat(page.locator(".queue-count")).containsText("Feedback released to 1 student");
        screenshot("67-graded-and-released");

        MimeMessage feedback = awaitMail(smtp, STUDENT, 2);
        assertThat(feedback.getSubject()).containsIgnoringCase("feedback");
        page.setContent(htmlOf(feedback));
        screenshot("68-feedback-released-email");

        page.navigate(classPage + "/gradebook");
        Locator sofia = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("4 / 6 · late"));
        assertThat(sofia).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("1 lesson")))
                .isVisible();
        screenshot("69-gradebook-late");
        audit.check(page, "gradebook-late");

        List<String> canvas = download("#gradebook-download-canvas");
        assertThat(cells(canvas.get(0))).startsWith("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
        assertThat(cells(canvas.get(1)).get(5)).as("lesson 1 is worth its 2 checks and 4 rubric points").isEqualTo("6");
        List<String> row = cells(canvas.get(2));
        assertThat(row.subList(0, 6)).containsExactly("Sofia Student", "", "", STUDENT, "Autumn term", "4");
        assertThat(row.subList(6, row.size())).as("lessons she has not started stay empty").containsOnly("");
        List<String> moodle = download("#gradebook-download-moodle");
        assertThat(cells(moodle.get(1))).startsWith("Sofia Student", STUDENT, "4").endsWith("Lesson 1");
        audit.assertEveryViewPassed();
    }

    private void setPasswordFromEmail(GreenMail smtp, String to, String greeting, String password, String shot)
            throws Exception {
        MimeMessage mail = awaitMail(smtp, to, 1);
        String html = htmlOf(mail);
        Page reader = newPerson(1280, 900);
        reader.setContent(html);
        assertThat(reader.getByText(greeting + ",")).isVisible();
        shoot(reader, shot);
        Matcher button = BUTTON.matcher(html);
        assertThat(button.find()).isTrue();
        reader.navigate(button.group(1).replace("&amp;", "&"));
        reader.locator(".set-password-greeting").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        reader.locator("vaadin-password-field").nth(0).locator("input").fill(password);
        reader.locator("vaadin-password-field").nth(1).locator("input").fill(password);
        audit.check(reader, "set-password-" + shot);
        reader.getByText("Set my password").click();
        assertThat(reader.locator(".set-password-done")).containsText("Your password is set.");
    }

    /** The {@code number}th email to {@code to}, waiting for it. */
    private static MimeMessage awaitMail(GreenMail smtp, String to, int number) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (true) {
            List<MimeMessage> hers = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
                try {
                    return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(address -> address.toString().equals(to));
                } catch (Exception unreadable) {
                    return false;
                }
            }).toList();
            if (hers.size() >= number) {
                return hers.get(number - 1);
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("email " + number + " to " + to + " never came");
            }
            Thread.sleep(100);
        }
    }

    private List<String> download(String link) throws Exception {
        Download download = page.waitForDownload(() -> page.locator(link).click());
        return Files.readString(download.path(), StandardCharsets.UTF_8).lines().toList();
    }

    /** A row's fields; the rows asserted here quote nothing. */
    private static List<String> cells(String line) {
        return Arrays.asList(line.split(",", -1));
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
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
