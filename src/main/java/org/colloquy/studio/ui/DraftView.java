package org.colloquy.studio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Objects;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PageNotFound;
import org.colloquy.base.ui.PlainText;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.Lesson;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.studio.DraftConflict;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.StudioService;
import org.colloquy.studio.ui.edit.CourseEditor;
import org.colloquy.studio.draft.DraftCourse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A kept draft: its outline or its problems, a preview of each lesson as a student will see it, publish, download as
 * zip and delete. Every change is saved at once over the version the page holds, with its state shown; a change made
 * meanwhile in another tab or session is a conflict, never overwritten (decision 0042).
 */
@Route(LessonPages.STUDIO_DRAFT)
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final StudioService studio;
    private final H1 title = new H1();
    private final Paragraph about = new Paragraph();
    private final Span saveState = new Span();
    /** The course editor of the open draft: each change it makes is saved by {@link #changed(DraftCourse)}. */
    private final Div editorSlot = new Div();
    private final DraftOutline outline = new DraftOutline();
    private final Div previews = new Div();
    private final Paragraph problem = new Paragraph();
    private final Div published = new Div();
    private @Nullable OpenedDraft opened;

    DraftView(DraftService drafts, StudioService studio) {
        this.drafts = drafts;
        this.studio = studio;
        setId("main-content");
        addClassNames("page", "studio-view", "draft-view");
        saveState.setId("draft-save-state");
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("role", "status");
        editorSlot.setId("draft-editor");
        previews.setId("draft-previews");
        problem.setId("draft-problem");
        problem.addClassName("error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        published.setId("draft-published");
        published.getElement().setAttribute("role", "status");
        about.addClassName("secondary-text");

        Button publish = new Button(getTranslation("studio.publish.button"), click -> publish());
        publish.setId("publish-draft");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("studio.draft.delete"), click -> confirmDelete());
        delete.setId("delete-draft");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(publish, downloadLink(), delete);
        actions.addClassName("actions");

        Anchor home = new Anchor(StudioPages.studio(), getTranslation("studio.draft.back"));
        home.addClassName("breadcrumb");
        add(home, title, about, saveState, actions, problem, published,
                section("draft-outline-section", getTranslation("studio.draft.outline-heading"), outline),
                section("draft-preview-section", getTranslation("studio.draft.preview-heading"),
                        new Paragraph(getTranslation("studio.draft.preview-help")), previews),
                editorSlot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("draftId").orElse("");
        try {
            show(drafts.open(Long.parseLong(id)));
        } catch (AccessDeniedException | NumberFormatException notYours) {
            throw PageNotFound.because(getTranslation("studio.draft.not-found", id));
        }
        CourseEditor editor = new CourseEditor(studio, current().course());
        editor.addChangeListener(this::changed);
        editorSlot.removeAll();
        editorSlot.add(editor);
        published.removeAll();
        problem.setVisible(false);
        saveState.setText(getTranslation("studio.draft.saved-at", TimeDisplay.time(current().summary().updatedAt())));
    }

    /**
     * Saves the changed course over the version this page holds, and shows what it makes now. The course editor's
     * change listener calls this; so does the text editor of the files.
     */
    void changed(DraftCourse course) {
        saveState.setText(getTranslation("studio.draft.saving"));
        try {
            OpenedDraft saved = drafts.save(current().id(), course, current().version());
            show(saved);
            saveState.setText(getTranslation("studio.draft.saved-at", TimeDisplay.time(saved.summary().updatedAt())));
            problem.setVisible(false);
        } catch (DraftConflict conflict) {
            saveState.setText(getTranslation("studio.draft.not-saved"));
            showProblem(Translated.text(conflict.reason()));
        } catch (Refusal refused) {
            saveState.setText(getTranslation("studio.draft.not-saved"));
            showProblem(Translated.text(refused.reason()));
        }
    }

    private void show(OpenedDraft draft) {
        opened = draft;
        PlainText.set(title, draft.summary().title());
        PlainText.set(about, draft.summary().essaySource() == null
                ? getTranslation("studio.draft.about", draft.course().key())
                : getTranslation("studio.draft.about-essay", draft.course().key(), draft.summary().essaySource()));
        previews.removeAll();
        switch (draft.check()) {
            case CourseCheck.Passed passed -> {
                outline.show(passed.course());
                UnorderedList list = new UnorderedList();
                for (Lesson lesson : passed.course().lessons()) {
                    Anchor preview = PlainText.set(new Anchor(StudioPages.draftLesson(draft.id(), lesson.key()), ""),
                            getTranslation("studio.draft.preview-lesson", lesson.title()));
                    preview.setId("preview-" + lesson.key());
                    list.add(new ListItem(preview));
                }
                previews.add(list);
            }
            case CourseCheck.Failed failed -> {
                outline.showProblems(getTranslation("studio.outline.problems", failed.problems().size()),
                        failed.problems());
                previews.add(new Paragraph(getTranslation("studio.draft.no-preview")));
            }
        }
    }

    private Anchor downloadLink() {
        DownloadHandler handler = event -> {
            OpenedDraft draft = current();
            event.setFileName(draft.course().key() + ".zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                drafts.writeArchive(draft.id(), out);
            }
        };
        Anchor link = new Anchor(handler, getTranslation("studio.draft.download"));
        link.setId("download-draft");
        link.addClassName("secondary-link");
        return link;
    }

    private void publish() {
        published.removeAll();
        try {
            switch (drafts.publish(current().id(), current().version())) {
                case CourseCheck.Passed passed -> {
                    Paragraph done = PlainText.set(new Paragraph(), getTranslation("studio.publish.done",
                            passed.course().title(), passed.course().key(), passed.course().contentVersion()));
                    done.setId("studio-published-message");
                    Anchor open = new Anchor(ContentPages.courseHome(passed.course().key()),
                            getTranslation("studio.publish.open"));
                    open.setId("open-published-course");
                    published.add(done, open);
                    show(drafts.open(current().id()));
                    problem.setVisible(false);
                }
                case CourseCheck.Failed failed -> outline.showProblems(
                        getTranslation("studio.publish.refused", failed.problems().size()), failed.problems());
            }
        } catch (Refusal refused) {
            showProblem(Translated.text(refused.reason()));
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("studio.draft.delete-header"));
        dialog.setText(getTranslation("studio.draft.delete-text", current().summary().title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("studio.draft.delete-cancel"));
        dialog.setConfirmText(getTranslation("studio.draft.delete-confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            drafts.delete(current().id());
            UI.getCurrent().navigate(StudioPages.studio());
        });
        dialog.open();
    }

    private void showProblem(String message) {
        PlainText.set(problem, message);
        problem.setVisible(true);
    }

    private OpenedDraft current() {
        return Objects.requireNonNull(opened);
    }

    private static Div section(String id, String heading, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(heading));
        section.add(content);
        section.setId(id);
        section.addClassName("studio-step");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", opened == null ? getTranslation("studio.title")
                : opened.summary().title());
    }
}
