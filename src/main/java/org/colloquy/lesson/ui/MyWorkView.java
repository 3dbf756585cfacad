package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.MyWorkService;
import org.colloquy.lesson.WorkItem;

/** Everything the student wrote, course by course, and one Markdown file of it to keep. */
@Route("my-work")
@PageTitle("My work · Colloquy")
@Menu(order = 1, title = "My work")
@RolesAllowed("STUDENT")
public class MyWorkView extends Main {

    MyWorkView(CourseCatalog catalog, MyWorkService work) {
        setId("main-content");
        addClassNames("page", "my-work-view");
        add(new H1("My work"));
        for (Course course : catalog.courses()) {
            List<WorkItem> items = work.myWork(course.key());
            add(new H2(course.title()));
            if (items.isEmpty()) {
                add(new Paragraph("Nothing written yet. Open a lesson of this course to start; everything you write appears here."));
                continue;
            }
            add(download(course, work));
            String lessonTitle = null;
            for (WorkItem item : items) {
                if (!item.lessonTitle().equals(lessonTitle)) {
                    lessonTitle = item.lessonTitle();
                    H3 heading = new H3(lessonTitle);
                    heading.addClassName("lesson-heading");
                    add(heading);
                }
                add(card(item));
            }
        }
    }

    private static Anchor download(Course course, MyWorkService work) {
        DownloadHandler markdown = event -> {
            byte[] bytes = work.myWorkMarkdown(course.key()).getBytes(StandardCharsets.UTF_8);
            event.setFileName("my-work-" + course.key() + ".md");
            event.setContentType("text/markdown; charset=UTF-8");
            event.setContentLength(bytes.length);
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor anchor = new Anchor(markdown, "Download all my work (Markdown)");
        anchor.setId("download-my-work");
        anchor.addClassName("primary-link");
        return anchor;
    }

    private static Div card(WorkItem item) {
        Div card = new Div();
        card.addClassName("work-item");
        if (item.removed()) {
            card.addClassName("removed");
        }
        Paragraph prompt = new Paragraph(item.prompt());
        prompt.addClassName("work-prompt");
        Span status = new Span((item.submitted() ? "Submitted" : "Draft") + " · saved " + TimeDisplay.dateTime(item.savedAt())
                + (item.submissions().size() > 1 ? " · " + item.submissions().size() + " submissions" : ""));
        status.addClassName("work-status");
        card.add(prompt, status);
        if (item.choiceLabel() != null) {
            Paragraph choice = new Paragraph(item.choiceLabel());
            choice.addClassName("work-choice");
            card.add(choice);
        }
        if (!item.body().isBlank()) {
            Paragraph body = new Paragraph(item.body());
            body.addClassName("work-body");
            card.add(body);
        }
        return card;
    }
}
