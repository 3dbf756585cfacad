package org.colloquy.lesson.ui;

import org.colloquy.content.ui.ContentLanguage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.work.MyWorkService;
import org.colloquy.lesson.work.WorkItem;

/** Everything the student wrote, course by course, and one Markdown file of it to keep. */
@Route("my-work")
@Menu(order = 1, title = "lesson.my-work.title")
@RolesAllowed("STUDENT")
public class MyWorkView extends Main implements HasDynamicTitle {

    MyWorkView(CourseCatalog catalog, MyWorkService work) {
        setId("main-content");
        addClassNames("page", "my-work-view");
        add(new H1(getTranslation("lesson.my-work.title")));
        for (Course course : catalog.courses()) {
            List<WorkItem> items = work.myWork(course.key());
            add(ContentLanguage.mark(new H2(course.title()), course));
            if (items.isEmpty()) {
                add(new Paragraph(getTranslation("lesson.my-work.empty")));
                continue;
            }
            add(download(course, work));
            String lessonTitle = null;
            for (WorkItem item : items) {
                if (!item.lessonTitle().equals(lessonTitle)) {
                    lessonTitle = item.lessonTitle();
                    H3 heading = lessonTitle.isEmpty() ? new H3(getTranslation("lesson.my-work.removed-lesson"))
                            : ContentLanguage.mark(new H3(lessonTitle), course);
                    heading.addClassName("lesson-heading");
                    add(heading);
                }
                add(card(item, course));
            }
        }
    }

    private Anchor download(Course course, MyWorkService work) {
        InterfaceLanguage language = InterfaceLanguage.closestTo(getLocale());
        DownloadHandler markdown = event -> {
            byte[] bytes = work.myWorkMarkdown(course.key(), language).getBytes(StandardCharsets.UTF_8);
            event.setFileName("my-work-" + course.key() + ".md");
            event.setContentType("text/markdown; charset=UTF-8"); // not interface text
            event.setContentLength(bytes.length);
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor anchor = new Anchor(markdown, getTranslation("lesson.my-work.download"));
        anchor.setId("download-my-work");
        anchor.addClassName("primary-link");
        return anchor;
    }

    private Div card(WorkItem item, Course course) {
        Div card = new Div();
        card.addClassName("work-item");
        if (item.removed()) {
            card.addClassName("removed");
        }
        Paragraph prompt = prompt(item, course);
        prompt.addClassName("work-prompt");
        String state = getTranslation(item.submitted() ? "lesson.my-work.submitted" : "lesson.my-work.draft",
                TimeDisplay.dateTime(item.savedAt()));
        Span status = new Span(item.submissions().size() > 1
                ? getTranslation("lesson.my-work.with-submissions", state, item.submissions().size()) : state);
        status.addClassName("work-status");
        card.add(prompt, status);
        if (item.position() > 0) {
            Paragraph choice = new Paragraph(PositionLabels.of(item.position()));
            choice.addClassName("work-choice");
            card.add(choice);
        } else if (item.choiceLabel() != null) {
            Paragraph choice = ContentLanguage.mark(new Paragraph(item.choiceLabel()), course);
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

    /** The course's question as written; the interface's words around it in the reader's language. */
    private Paragraph prompt(WorkItem item, Course course) {
        if (item.removed()) {
            return new Paragraph(getTranslation("lesson.my-work.removed-prompt", item.promptKey()));
        }
        if (item.positionClaim()) {
            return new Paragraph(new Span(getTranslation("lesson.my-work.your-position")), new Span(" "),
                    ContentLanguage.mark(new Span(item.prompt()), course));
        }
        return ContentLanguage.mark(new Paragraph(item.prompt()), course);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("lesson.my-work.title"));
    }
}
