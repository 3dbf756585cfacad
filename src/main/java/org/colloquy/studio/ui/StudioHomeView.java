package org.colloquy.studio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PlainText;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.base.ui.TypingLimit;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.HeldBackCourse;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.studio.DraftService;
import org.colloquy.studio.DraftSummary;
import org.colloquy.studio.OpenedDraft;
import org.colloquy.studio.OwnedCourse;
import org.colloquy.studio.StudioService;

/**
 * The studio's home: a new course from an essay, a course brought back as a zip, the teacher's drafts, the courses
 * she owns with their owners (edit one, add a co-owner), and her courses held back for their problems.
 */
@Route("studio")
@Menu(order = 4, title = "studio.title")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class StudioHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The longest username a person types to name a co-owner. */
    static final int LONGEST_USERNAME = 100;

    private final DraftService drafts;
    private final StudioService studio;

    StudioHomeView(DraftService drafts, StudioService studio) {
        this.drafts = drafts;
        this.studio = studio;
        setId("main-content");
        addClassNames("page", "studio-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("studio.title")), new Paragraph(getTranslation("studio.home.intro")),
                start(), myDrafts(), myCourses(), heldBack());
    }

    private Div start() {
        Anchor fromEssay = new Anchor(StudioPages.newCourse(), getTranslation("studio.home.new-from-essay"));
        fromEssay.setId("new-course-from-essay");
        fromEssay.addClassName("primary-link");
        Paragraph problem = problem("archive-problem");
        Div section = section("studio-start", getTranslation("studio.home.start"));
        section.add(new Div(fromEssay), new H3(getTranslation("studio.home.import")),
                new Paragraph(getTranslation("studio.home.import-help")),
                StudioUpload.archive((fileName, bytes) -> run(problem, () -> opened(drafts.importArchive(fileName, bytes))),
                        message -> show(problem, message)),
                problem);
        return section;
    }

    private Div myDrafts() {
        Div section = section("studio-drafts", getTranslation("studio.home.drafts"));
        List<DraftSummary> mine = drafts.myDrafts();
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("studio.home.no-drafts")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("studio-list");
        for (DraftSummary draft : mine) {
            Anchor open = PlainText.set(new Anchor(StudioPages.draft(draft.id()), ""), draft.title());
            open.setId("open-draft-" + draft.id());
            String line = draft.essaySource() == null
                    ? getTranslation("studio.home.draft-line", draft.courseKey(), TimeDisplay.dateTime(draft.updatedAt()))
                    : getTranslation("studio.home.draft-line-essay", draft.courseKey(),
                            TimeDisplay.dateTime(draft.updatedAt()), draft.essaySource());
            if (draft.publishedAt() != null) {
                line = getTranslation("studio.home.draft-published", line, TimeDisplay.dateTime(draft.publishedAt()));
            }
            Span about = PlainText.set(new Span(), line);
            about.addClassName("secondary-text");
            list.add(new ListItem(open, new Span(" "), about));
        }
        section.add(list);
        return section;
    }

    private Div myCourses() {
        Div section = section("studio-courses", getTranslation("studio.home.courses"));
        List<OwnedCourse> courses = studio.myCourses();
        if (courses.isEmpty()) {
            section.add(new Paragraph(getTranslation("studio.home.no-courses")));
            return section;
        }
        section.add(new Paragraph(getTranslation("studio.home.courses-help")));
        for (OwnedCourse course : courses) {
            section.add(course(course));
        }
        return section;
    }

    private Div course(OwnedCourse course) {
        Anchor title = PlainText.set(new Anchor(ContentPages.courseHome(course.key()), ""), course.title());
        Paragraph owners = PlainText.set(new Paragraph(), course.owners().isEmpty()
                ? getTranslation("studio.home.no-owner", course.key())
                : getTranslation("studio.home.owners", course.key(), String.join(", ", course.owners())));
        owners.setId("owners-" + course.key());
        Paragraph problem = problem("course-problem-" + course.key());
        Button edit = new Button(getTranslation("studio.home.edit"),
                click -> run(problem, () -> opened(drafts.editPublished(course.key()))));
        edit.setId("edit-" + course.key());
        TextField colleague = new TextField(getTranslation("studio.home.co-owner"));
        colleague.setId("co-owner-" + course.key());
        TypingLimit.on(colleague, LONGEST_USERNAME, getTranslation("studio.home.co-owner-help"));
        Paragraph added = new Paragraph();
        added.getElement().setAttribute("role", "status");
        Button add = new Button(getTranslation("studio.home.add-co-owner"), click -> run(problem, () -> {
            String name = studio.addOwner(course.key(), colleague.getValue());
            PlainText.set(added, getTranslation("studio.home.co-owner-added", name, course.title()));
            colleague.clear();
        }));
        add.setId("add-co-owner-" + course.key());
        Div form = new Div(colleague, add);
        form.addClassName("inline-form");
        Div item = new Div(new H3(title), owners, new Div(edit), form, added, problem);
        item.addClassName("studio-course");
        return item;
    }

    private Div heldBack() {
        List<HeldBackCourse> courses = studio.myHeldBackCourses();
        Div section = section("studio-held-back", getTranslation("studio.home.held-back"));
        if (courses.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new Paragraph(getTranslation("studio.home.held-back-help")));
        for (HeldBackCourse course : courses) {
            H3 name = PlainText.set(new H3(), course.folder().getFileName().toString());
            Pre problems = new Pre(course.problems().stream().map(problem -> inFolder(course, problem))
                    .collect(Collectors.joining("\n")));
            problems.addClassName("content-problems");
            section.add(name, problems);
        }
        return section;
    }

    /** A problem's file named from the course's folder (course.yaml of folder "rivers": rivers/course.yaml). */
    private static String inFolder(HeldBackCourse course, ContentProblem problem) {
        Path folder = course.folder().toAbsolutePath().normalize();
        Path file = problem.file().toAbsolutePath().normalize();
        if (!file.startsWith(folder) || folder.getFileName() == null) {
            return problem.toString();
        }
        return folder.getFileName().resolve(folder.relativize(file)) + ":" + problem.line() + ": " + problem.message();
    }

    private void opened(OpenedDraft draft) {
        UI.getCurrent().navigate(StudioPages.draft(draft.id()));
    }

    private void run(Paragraph problem, Runnable action) {
        try {
            action.run();
            problem.setVisible(false);
        } catch (Refusal refused) {
            show(problem, Translated.text(refused.reason()));
        }
    }

    private static void show(Paragraph problem, String message) {
        PlainText.set(problem, message);
        problem.setVisible(true);
    }

    private static Paragraph problem(String id) {
        Paragraph problem = new Paragraph();
        problem.setId(id);
        problem.addClassName("error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    private Div section(String id, String heading) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.addClassName("studio-step");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("studio.title"));
    }
}
