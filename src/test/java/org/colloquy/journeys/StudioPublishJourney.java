package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.CourseCatalog;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.StudioContentFolder;
import org.colloquy.studio.draft.DraftCourse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * An instructor brings her own essay as a Word file, keeps its questions, previews a lesson of the draft and
 * publishes it; a student of her class takes the new lesson; she edits the course and publishes it again, and the
 * student's work stays (decisions 0002, 0042). The same with a PDF. Both files were saved by a word processor,
 * LibreOffice Writer, from the .odt documents beside them (src/test/resources/studio/README.md). The content folder
 * is a copy ({@link StudioContentFolder}), so publishing never writes into the repository. And the whole studio, in
 * English, Chinese and Russian, passes axe at every page and step.
 */
@ContextConfiguration(initializers = StudioContentFolder.class)
class StudioPublishJourney extends BrowserJourney {

    @Autowired TestAccounts accounts;
    @Autowired CohortService cohorts;
    @Autowired DraftService drafts;
    @Autowired CourseCatalog catalog;

    @Test
    void an_instructor_publishes_her_essay_a_student_takes_it_and_her_work_stays_when_the_course_is_republished() {
        String key = "rivers-" + System.nanoTime() % 1_000_000;
        UserRef author = accounts.createExactly("rivers-author-" + key, "Rhea Author", "long-password-1",
                Role.INSTRUCTOR);
        UserRef student = accounts.createExactly("rivers-student-" + key, "Sam Student", "long-password-2",
                Role.STUDENT);

        signIn(author.username(), "long-password-1");
        page.navigate(url("studio"));
        assertThat(page.locator("h1")).hasText("Course studio");
        screenshot("40-studio-home-empty");
        page.locator("#new-course-from-essay").click();
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#essay-upload vaadin-button").click());
        chooser.setFiles(Path.of("src/test/resources/studio/essay-rivers.docx"));
        assertThat(page.locator("#essay-title input")).hasValue("Rivers and Borders");
        page.locator("#find-questions").click();
        assertThat(page.locator(".studio-question").first()).isVisible();
        page.locator("#course-key input").fill(key);
        page.locator("#draft-course").click();

        page.waitForURL(url -> url.contains("/studio/drafts/"));
        assertThat(page.locator("#draft-save-state")).containsText("All changes saved");
        assertThat(page.locator(".studio-outline-lesson").first()).isVisible();
        screenshot("41-studio-draft-page");

        page.locator("#draft-previews a").first().click();
        assertThat(page.locator("#preview-banner")).containsText("read from your draft");
        screenshot("42-studio-draft-lesson-preview");
        page.locator("a.breadcrumb").click();
        page.waitForURL(url -> url.contains("/studio/drafts/") && !url.contains("/preview/"));

        page.locator("#publish-draft").click();
        assertThat(page.locator("#studio-published-message")).containsText("Published “Rivers and Borders” as " + key);
        screenshot("43-studio-published");

        // her class, made through the services as on the class page; the student joins it with its code
        accounts.signIn(author);
        CohortRef cohort = cohorts.createCohort(key, "Rivers seminar");
        accounts.signIn(student);
        cohorts.join(cohort.joinCode());
        accounts.signOut();

        Page sam = newPerson(1280, 900);
        signIn(sam, student.username(), "long-password-2");
        String lesson = catalog.require(key).lessons().getFirst().key();
        sam.navigate(url("course/" + key + "/lesson/" + lesson));
        sam.locator(".step-indicator button[aria-label*='Respond']").first().click();
        // a respond step of a drafted course asks for at least 80 words
        String answer = "The river was a line on a map before it was a border: the essay says trade tripled once "
                + "both sides planned for it, so the border follows the plans, not the water. A border is a habit "
                + "of two governments more than a fact of geography, and habits change when people cross them "
                + "every day for work and trade. If the bridges are built as fast as the trade grows, the line on "
                + "the map will matter less each year, and the river will join the neighbours instead of dividing "
                + "them, which is what the essay hopes for but does not promise.";
        Locator editor = sam.locator(".draft-editor textarea");
        editor.fill(answer);
        editor.blur();
        assertThat(sam.locator(".save-state")).containsText("Saved");
        sam.locator("#submit-answer").click();
        assertThat(sam.locator(".submission-state")).containsText("Submitted");

        // she edits the course (the form editor is another engineer's: a raw change through the service) and
        // publishes it again from its draft page
        accounts.signIn(author);
        OpenedDraft edit = drafts.editPublished(key);
        Map<String, String> files = new LinkedHashMap<>(edit.course().files());
        files.put("course.yaml", files.get("course.yaml").replaceFirst("(?m)^title: .*$",
                "title: \"Rivers and Borders, revised\""));
        drafts.save(edit.id(), new DraftCourse(key, files), edit.version());
        accounts.signOut();
        page.navigate(url("studio"));
        page.locator("#open-draft-" + edit.id()).click();
        page.locator("#publish-draft").click();
        assertThat(page.locator("#studio-published-message")).containsText("Rivers and Borders, revised");
        page.navigate(url("studio"));
        assertThat(page.locator("#owners-" + key)).containsText("Rhea Author");
        screenshot("44-studio-home-with-drafts-and-courses");

        sam.navigate(url("my-work"));
        assertThat(sam.locator(".work-body", new Page.LocatorOptions().setHasText("The river was a line on a map")))
                .isVisible();
        Assertions.assertThat(catalog.require(key).title()).isEqualTo("Rivers and Borders, revised");
    }

    @Test
    void an_instructor_uploads_her_essay_as_a_pdf_edits_a_step_previews_and_publishes_it() {
        String key = "bridges-" + System.nanoTime() % 1_000_000;
        UserRef author = accounts.createExactly("bridges-author-" + key, "Bea Author", "long-password-3",
                Role.INSTRUCTOR);
        signIn(author.username(), "long-password-3");
        page.navigate(url("studio/new"));
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#essay-upload vaadin-button").click());
        chooser.setFiles(Path.of("src/test/resources/studio/essay-bridges.pdf"));
        assertThat(page.locator("#essay-title input")).hasValue("Bridges and Ferries");
        page.locator("#find-questions").click();
        assertThat(page.locator(".studio-question").first()).containsText("?");
        screenshot("45-studio-pdf-questions");
        page.locator("#course-key input").fill(key);
        page.locator("#draft-course").click();
        page.waitForURL(url -> url.contains("/studio/drafts/"));

        page.locator(".edit-lesson .edit-toggle").first().click();
        Locator claim = page.getByLabel("Claim to agree or disagree with").first();
        claim.fill("A town should keep its ferry even when a bridge is built.");
        claim.blur();
        assertThat(page.locator("#draft-save-state")).containsText("All changes saved");
        assertThat(page.locator("#course-editor-status")).hasText("No problems: this course is ready to publish.");

        page.locator("#draft-previews a").first().click();
        assertThat(page.locator("#preview-banner")).containsText("read from your draft");
        page.locator("a.breadcrumb").click();
        page.waitForURL(url -> url.contains("/studio/drafts/") && !url.contains("/preview/"));
        page.locator("#publish-draft").click();
        assertThat(page.locator("#studio-published-message")).containsText("Published “Bridges and Ferries” as " + key);
        Assertions.assertThat(catalog.require(key).lessons()).isNotEmpty();
    }

    /** The essays pasted in each language; the interface follows the browser's language. */
    private record Reader(String locale, String tag, String essay) {
    }

    /** A course folder this class broke on purpose; other test classes start on the same content folder. */
    private @Nullable Path brokenCourse;

    @AfterEach
    void theBrokenCourseGoesAway() throws IOException {
        if (brokenCourse != null) {
            try (var files = Files.walk(brokenCourse)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            brokenCourse = null;
        }
    }

    @Test
    void the_studio_in_english_chinese_and_russian_passes_axe_at_every_page_and_step() throws IOException {
        String key = "held-" + System.nanoTime() % 1_000_000;
        UserRef author = accounts.createExactly("studio-languages-" + key, "Lena Author", "long-password-4",
                Role.INSTRUCTOR);
        // on her home: a course she published, the same course held back once its folder broke, and a draft
        accounts.signIn(author);
        Essay essay = new Essay("On Timing", "A. Teacher", "timing.docx", "en", List.of(
                new EssayParagraph(1, null, "Nations cooperate when their interests meet. Is that meeting an accident?"),
                new EssayParagraph(2, null, "Trade has grown for a decade. Who decides the pace?")));
        List<OpenQuestion> kept = List.of(
                new OpenQuestion(1, 2, "Is that meeting an accident?", OpenQuestion.Kind.EXPLICIT, "asked"),
                new OpenQuestion(2, 2, "Who decides the pace?", OpenQuestion.Kind.EXPLICIT, "asked"));
        OpenedDraft first = drafts.draftFromEssay(essay, kept, key);
        drafts.publish(first.id(), first.version());
        drafts.draftFromEssay(essay, kept, key + "-next");
        brokenCourse = StudioContentFolder.folder().resolve(key);
        Files.writeString(brokenCourse.resolve("course.yaml"), "key: " + key + "\n");
        accounts.signInNew("studio-languages-admin", Role.ADMIN);
        catalog.reload();
        accounts.signOut();

        AccessibilityAudit audit = new AccessibilityAudit();
        List<String> tooWide = new java.util.ArrayList<>();
        for (Reader reader : List.of(new Reader("en-US", "en", "essay-sino-russian-relations.txt"), new Reader("zh-CN", "zh", "essay-zh.txt"),
                new Reader("ru-RU", "ru", "essay-ru.txt"))) {
            Page person = newPerson(1280, 900, reader.locale());
            signIn(person, author.username(), "long-password-4");
            person.navigate(url("studio"));
            // each problem names its file from the course's folder, not from the server's
            assertThat(person.locator("#studio-held-back pre")).containsText(key + "/course.yaml:1: ");
            assertThat(person.locator("#studio-held-back pre")).not().containsText("studio-content");
            look(audit, tooWide, person, reader.tag() + "-studio-home");

            person.navigate(url("studio/new"));
            look(audit, tooWide, person, reader.tag() + "-studio-new-start");
            person.locator("#essay-text textarea").fill(Files.readString(Path.of("src/test/resources/studio", reader.essay())));
            person.locator("#import-essay").click();
            person.locator("#find-questions").waitFor();
            look(audit, tooWide, person, reader.tag() + "-studio-new-confirm");
            person.locator("#find-questions").click();
            assertThat(person.locator(".studio-question").first()).isVisible();
            person.locator("#course-key input").fill(key + "-" + reader.tag());
            look(audit, tooWide, person, reader.tag() + "-studio-new-questions");
            person.locator("#draft-course").click();
            person.waitForURL(url -> url.contains("/studio/drafts/"));
            assertThat(person.locator(".studio-outline-lesson").first()).isVisible();
            person.locator(".edit-lesson .edit-toggle").first().click();
            assertThat(person.locator(".edit-step").first()).isVisible();
            look(audit, tooWide, person, reader.tag() + "-studio-draft-with-editor");

            person.locator("#draft-previews a").first().click();
            person.locator("#preview-banner").waitFor();
            look(audit, tooWide, person, reader.tag() + "-studio-draft-preview");
            person.context().close();
        }
        audit.assertEveryViewPassed();
        Assertions.assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
    }

    /** The innermost visible elements that reach past the window's right edge, with where they end. */
    private static final String WIDER_THAN_THE_WINDOW = """
            () => {
              const width = document.documentElement.clientWidth;
              const beyond = el => el.getBoundingClientRect().right > width + 1 && el.checkVisibility();
              return [...document.querySelectorAll('body *')]
                  .filter(el => beyond(el) && ![...el.children].some(beyond))
                  .slice(0, 5)
                  .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + [...el.classList].map(c => '.' + c).join('') + ' ends at '
                      + Math.round(el.getBoundingClientRect().right))
                  .join(', ');
            }""";

    /** Axe on the page as it is, and a screenshot of it on a desktop and on a 390 px phone. */
    private static void look(AccessibilityAudit audit, List<String> tooWide, Page person, String name) {
        audit.check(person, name);
        person.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("studio-" + name + ".png"))
                .setFullPage(true));
        person.setViewportSize(390, 844);
        person.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("studio-" + name + "-390.png")).setFullPage(true));
        Object wider = person.evaluate(WIDER_THAN_THE_WINDOW);
        if (!String.valueOf(wider).isEmpty()) {
            tooWide.add(name + ": " + wider);
        }
        person.setViewportSize(1280, 900);
    }
}
