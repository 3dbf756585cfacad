package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
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
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.StudioContentFolder;
import org.colloquy.studio.draft.DraftCourse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * An instructor brings her own essay as a Word file, keeps its questions, previews a lesson of the draft and
 * publishes it; a student of her class takes the new lesson; she edits the course and publishes it again, and the
 * student's work stays (decisions 0002, 0042). The .docx was written by Apache POI (src/test/resources/studio/
 * essay-rivers.docx), not by a word processor: none is installed here. The content folder is a copy
 * ({@link StudioContentFolder}), so publishing never writes into the repository.
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
}
