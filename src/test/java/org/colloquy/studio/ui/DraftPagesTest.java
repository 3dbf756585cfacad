package org.colloquy.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PageNotFound;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.CourseCatalog;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.ui.DraftLessonView;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.StudioContentFolder;
import org.colloquy.studio.draft.DraftCourse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/** The studio's home and a draft's page, as a teacher uses them, and what others get at a draft's address. */
@IntegrationTest
@ContextConfiguration(initializers = StudioContentFolder.class)
@ViewPackages(classes = {StudioHomeView.class, DraftView.class, StudioView.class, DraftLessonView.class,
        PageNotFound.class})
class DraftPagesTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired DraftService drafts;
    @Autowired CourseCatalog catalog;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void her_home_lists_her_draft_and_the_courses_she_owns_with_their_owners() {
        UserRef author = accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = aDraft();
        OpenedDraft published = aDraft();
        drafts.publish(published.id(), published.version());

        navigate(StudioHomeView.class);

        assertThat(find(Anchor.class).id("new-course-from-essay").getHref()).isEqualTo(StudioPages.newCourse());
        assertThat(find(Anchor.class).id("open-draft-" + kept.id()).getHref()).isEqualTo(StudioPages.draft(kept.id()));
        assertThat(PlainText.of(find(Paragraph.class).id("owners-" + published.course().key())))
                .isEqualTo(published.course().key() + " · owners: " + author.displayName());
    }

    @Test
    void she_edits_a_course_she_owns_from_her_home_and_lands_on_its_new_draft() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft published = aDraft();
        drafts.publish(published.id(), published.version());
        navigate(StudioHomeView.class);

        test(find(Button.class).id("edit-" + published.course().key())).click();

        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        assertThat(drafts.myDrafts()).hasSize(2);
    }

    @Test
    void her_draft_page_shows_the_outline_a_preview_per_lesson_and_saves_a_change_with_its_state() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = aDraft();
        UI.getCurrent().navigate(StudioPages.draft(kept.id()));

        assertThat(find(Anchor.class).all()).anySatisfy(link -> assertThat(link.getHref())
                .startsWith("studio/drafts/" + kept.id() + "/preview/"));
        assertThat(PlainText.of(find(Span.class).id("draft-save-state"))).startsWith("All changes saved");

        String yaml = kept.course().files().get("course.yaml").replaceFirst("(?m)^title: .*$", "title: \"Renamed\"");
        Map<String, String> files = new LinkedHashMap<>(kept.course().files());
        files.put("course.yaml", yaml);
        ((DraftView) getCurrentView()).changed(new DraftCourse(kept.course().key(), files));

        assertThat(PlainText.of(find(Span.class).id("draft-save-state"))).startsWith("All changes saved");
        assertThat(drafts.open(kept.id()).summary().title()).isEqualTo("Renamed");
    }

    @Test
    void a_change_made_meanwhile_elsewhere_is_not_overwritten_and_she_is_told_to_reload() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = aDraft();
        UI.getCurrent().navigate(StudioPages.draft(kept.id()));
        drafts.save(kept.id(), kept.course(), kept.version());

        ((DraftView) getCurrentView()).changed(kept.course());

        assertThat(PlainText.of(find(Span.class).id("draft-save-state"))).isEqualTo("Not saved");
        assertThat(PlainText.of(find(Paragraph.class).id("draft-problem"))).contains("Reload the page");
    }

    @Test
    void she_publishes_from_the_draft_page_and_the_course_is_served() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = aDraft();
        UI.getCurrent().navigate(StudioPages.draft(kept.id()));

        test(find(Button.class).id("publish-draft")).click();

        assertThat(PlainText.of(find(Paragraph.class).id("studio-published-message"))).startsWith("Published");
        assertThat(catalog.course(kept.course().key())).isPresent();
    }

    @Test
    void another_instructor_opening_her_draft_or_its_preview_finds_no_such_draft() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = aDraft();
        accounts.signInNew("colleague", Role.INSTRUCTOR);

        UI.getCurrent().navigate(StudioPages.draft(kept.id()));
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
        UI.getCurrent().navigate(StudioPages.draftLesson(kept.id(), "paragraphs-1-2"));
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
    }

    @Test
    void she_previews_a_lesson_of_her_draft_in_the_lesson_player() {
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft kept = aDraft();
        String lesson = org.colloquy.studio.DraftsTestAccess.firstLesson(kept);

        UI.getCurrent().navigate(StudioPages.draftLesson(kept.id(), lesson));

        assertThat(getCurrentView()).isInstanceOf(DraftLessonView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("This lesson is read from your draft");
    }

    @Test
    void a_co_owner_is_added_by_username_from_her_home() {
        UserRef colleague = accounts.create("colleague", Role.INSTRUCTOR);
        accounts.signInNew("author", Role.INSTRUCTOR);
        OpenedDraft published = aDraft();
        drafts.publish(published.id(), published.version());
        navigate(StudioHomeView.class);
        String key = published.course().key();

        test(find(TextField.class).id("co-owner-" + key)).setValue(colleague.username());
        test(find(Button.class).id("add-co-owner-" + key)).click();

        navigate(StudioHomeView.class);
        assertThat(PlainText.of(find(Paragraph.class).id("owners-" + key))).contains(colleague.displayName());
    }

    private OpenedDraft aDraft() {
        return drafts.draftFromEssay(org.colloquy.studio.DraftsTestAccess.ESSAY,
                org.colloquy.studio.DraftsTestAccess.KEPT, "pages-" + System.nanoTime());
    }
}
