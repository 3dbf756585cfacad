package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.LessonSummary;
import org.colloquy.lesson.StudentLessonService;

/** The course home: every lesson in order, with the student's progress and the way back in. */
@Route("course/:courseKey")
@RolesAllowed("STUDENT")
public class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final StudentLessonService lessons;
    private String title = "Course · Colloquy";

    CourseView(CourseCatalog catalog, StudentLessonService lessons) {
        this.catalog = catalog;
        this.lessons = lessons;
        setId("main-content");
        addClassNames("page", "course-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseKey = event.getRouteParameters().get("courseKey").orElse("");
        Course course = catalog.course(courseKey).orElseThrow(NotFoundException::new);
        title = course.title() + " · Colloquy";
        removeAll();
        add(new H1(course.title()), new Paragraph(course.summary()));
        Div links = new Div(new Anchor("course/" + courseKey + "/reading", "Read the whole essay"),
                new Anchor("my-work", "My work"));
        links.addClassName("actions");
        add(links);
        List<LessonSummary> summaries = lessons.lessons(courseKey);
        OrderedList list = new OrderedList();
        list.addClassName("lesson-list");
        int number = 1;
        for (LessonSummary summary : summaries) {
            list.add(item(course, summary, number++));
        }
        add(list);
    }

    private static ListItem item(Course course, LessonSummary summary, int number) {
        ListItem item = new ListItem();
        item.addClassName("lesson-item");
        item.setId("lesson-" + summary.lesson().key());
        Span status = new Span(summary.status().label());
        status.addClassNames("status", "status-" + summary.status().name().toLowerCase(java.util.Locale.ROOT));
        H2 heading = new H2("Lesson " + number + ": " + summary.lesson().title());
        String action = switch (summary.status()) {
            case NOT_STARTED -> "Start";
            case IN_PROGRESS -> "Continue";
            case DONE -> "Review";
        };
        Anchor open = new Anchor("course/" + course.key() + "/lesson/" + summary.lesson().key(), action);
        open.addClassName(summary.status() == LessonStatus.DONE ? "secondary-link" : "primary-link");
        open.getElement().setAttribute("aria-label", action + " lesson " + number + ": " + summary.lesson().title());
        item.add(heading, status, new Paragraph(summary.lesson().summary()), open);
        return item;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
