package org.colloquy.content.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.ContentReload;
import org.colloquy.content.ContentValidationException;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.HeldBackCourse;

/**
 * An admin sees which courses are served and which folders are held back with their problems, and reloads the
 * content folder after changing files in it, without restarting the app.
 */
@Route("admin/content")
@Menu(order = 12, title = "content.admin.title")
@RolesAllowed("ADMIN")
class CourseContentView extends Main implements HasDynamicTitle {

    private final CourseCatalog catalog;
    private final Paragraph result = new Paragraph();
    private final Div served = new Div();
    private final Div heldBack = new Div();

    CourseContentView(CourseCatalog catalog) {
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "course-content-view");
        Button reload = new Button(getTranslation("content.admin.reload"), click -> reload());
        reload.setId("reload-content");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("reload-result");
        result.getElement().setAttribute("role", "status");
        served.setId("served-courses");
        heldBack.setId("held-back-courses");
        add(new H1(getTranslation("content.admin.title")),
                new Paragraph(getTranslation("content.admin.explanation", catalog.contentDir().toAbsolutePath())),
                new Div(reload), result, served, heldBack);
        show(catalog.courses(), catalog.heldBack(), Set.of());
    }

    private void reload() {
        try {
            ContentReload reload = catalog.reload();
            result.removeClassName("error");
            PlainText.set(result, getTranslation("content.admin.reloaded", reload.served().size(),
                    reload.heldBack().size()));
            show(reload.served(), reload.heldBack(), reload.keptLastGoodVersion());
        } catch (ContentValidationException unreadable) {
            result.addClassName("error");
            PlainText.set(result, getTranslation("content.admin.unreadable", unreadable.problems().stream()
                    .map(ContentProblem::toString).collect(Collectors.joining("\n"))));
        }
    }

    private void show(List<Course> courses, List<HeldBackCourse> broken, Set<String> kept) {
        served.removeAll();
        served.add(new H2(getTranslation("content.admin.served", courses.size())));
        UnorderedList list = new UnorderedList();
        for (Course course : courses) {
            Span text = PlainText.set(new Span(), getTranslation(kept.contains(course.key())
                    ? "content.admin.course-kept" : "content.admin.course", course.title(), course.key(),
                    course.lessons().size(), course.contentVersion()));
            list.add(new ListItem(text, new Text(" "), archiveLink(course)));
        }
        served.add(list);
        heldBack.removeAll();
        if (broken.isEmpty()) {
            return;
        }
        heldBack.add(new H2(getTranslation("content.admin.held-back", broken.size())));
        for (HeldBackCourse course : broken) {
            Paragraph folder = new Paragraph();
            PlainText.set(folder, getTranslation("content.admin.folder-problems", course.folder().getFileName(),
                    course.problems().size()));
            Pre problems = new Pre(course.problems().stream().map(ContentProblem::toString)
                    .collect(Collectors.joining("\n")));
            problems.addClassName("content-problems");
            heldBack.add(folder, problems);
        }
    }

    private Anchor archiveLink(Course course) {
        DownloadHandler archive = event -> {
            event.setFileName(course.key() + ".zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                catalog.writeArchive(course.key(), out);
            }
        };
        Anchor link = new Anchor(archive, getTranslation("content.admin.download-zip"));
        link.setId("archive-" + course.key());
        link.getElement().setAttribute("aria-label", getTranslation("content.admin.download-zip-of", course.title()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("content.admin.title"));
    }
}
