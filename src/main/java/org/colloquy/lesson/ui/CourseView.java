package org.colloquy.lesson.ui;

import org.colloquy.content.ui.ContentLanguage;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.LessonSummary;
import org.colloquy.lesson.StudentLessonService;
import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.colloquy.schedule.DueDates;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.schedule.ui.DueLabels;
import org.colloquy.content.ui.ContentPages;

/**
 * The course home: every lesson in order, with the student's progress and the way back in. Someone who is not a
 * student sees the same lessons as a preview, each opening in preview.
 */
@Route(ContentPages.COURSE_HOME)
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final StudentLessonService lessons;
    private final AuthenticationContext authentication;
    private final ScheduleService schedules;
    private final Clock clock;
    private Map<String, DueDates> dates = Map.of();
    private boolean preview;
    private String title = "";

    CourseView(CourseCatalog catalog, StudentLessonService lessons, AuthenticationContext authentication,
               ScheduleService schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
        this.catalog = catalog;
        this.lessons = lessons;
        this.authentication = authentication;
        setId("main-content");
        addClassNames("page", "course-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // asked at each entry: Vaadin keeps this view for the next navigation to it in the same tab
        preview = !authentication.hasRole("STUDENT");
        String courseKey = event.getRouteParameters().get("courseKey").orElse("");
        Course course = catalog.course(courseKey).orElseThrow(NotFoundException::new);
        title = course.title();
        removeAll();
        add(ContentLanguage.mark(new H1(course.title()), course));
        if (preview) {
            add(new PreviewBanner());
        }
        add(ContentLanguage.mark(new Paragraph(course.summary()), course));
        Div links = new Div(new Anchor(ContentPages.reading(courseKey), getTranslation("lesson.course.read-essay")));
        if (!preview) {
            links.add(new Anchor(LessonPages.myWork(), getTranslation("lesson.my-work.title")));
        }
        links.addClassName("actions");
        add(links);
        List<LessonSummary> summaries = preview
                ? course.lessons().stream().map(lesson -> new LessonSummary(lesson, LessonStatus.NOT_STARTED)).toList()
                : lessons.lessons(courseKey);
        dates = preview ? Map.of() : schedules.myDates(courseKey);
        OrderedList list = new OrderedList();
        list.addClassName("lesson-list");
        int number = 1;
        for (LessonSummary summary : summaries) {
            list.add(item(course, summary, number++));
        }
        add(list);
    }

    private ListItem item(Course course, LessonSummary summary, int number) {
        ListItem item = new ListItem();
        item.addClassName("lesson-item");
        item.setId("lesson-" + summary.lesson().key());
        H2 heading = new H2(getTranslation("lesson.course.lesson-heading", number, summary.lesson().title()));
        String action = getTranslation(preview ? "lesson.course.preview" : switch (summary.status()) {
            case NOT_STARTED -> "lesson.course.start";
            case IN_PROGRESS -> "lesson.course.continue";
            case DONE -> "lesson.course.review";
        });
        Anchor open = new Anchor(LessonPages.lesson(course.key(), summary.lesson().key()), action);
        open.addClassName(summary.status() == LessonStatus.DONE ? "secondary-link" : "primary-link");
        open.getElement().setAttribute("aria-label", getTranslation("lesson.course.open-label", action, number,
                summary.lesson().title()));
        item.add(heading);
        DueDates due = dates.get(summary.lesson().key());
        Instant now = clock.instant();
        if (!preview) {
            item.add(status(summary.status()));
            if (summary.status() != LessonStatus.DONE || (due != null && due.isClosed(now))) {
                DueLabels.badge(due, now).ifPresent(item::add);
            }
        }
        item.add(ContentLanguage.mark(new Paragraph(summary.lesson().summary()), course));
        if (due == null || !due.notOpenYet(now)) {
            // before its opening a lesson is listed with when it opens, and cannot be started (decision 0045)
            item.add(open);
        }
        return item;
    }

    private Span status(LessonStatus lessonStatus) {
        Span status = new Span(getTranslation("lesson.status." + lessonStatus.name()
                .toLowerCase(Locale.ROOT).replace('_', '-')));
        status.addClassNames("status", "status-" + lessonStatus.name().toLowerCase(Locale.ROOT));
        return status;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("lesson.course.page-title-unknown")
                : getTranslation("base.page-title", title);
    }
}
