package org.colloquy.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.content.PositionStep;
import org.colloquy.review.LessonInsights;
import org.colloquy.review.LessonInsightsService;
import org.springframework.security.access.AccessDeniedException;

/** One lesson across the class: positions before and after, with the shift, and how each check was answered. */
@Route("classes/:cohortId/lessons/:lessonKey")
@RolesAllowed("INSTRUCTOR")
public class LessonInsightsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonInsightsService insights;
    private String title = "Lesson results · Colloquy";

    LessonInsightsView(LessonInsightsService insights) {
        this.insights = insights;
        setId("main-content");
        addClassNames("page", "insights-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = CohortIds.from(event);
        String lessonKey = event.getRouteParameters().get("lessonKey").orElse("");
        LessonInsights lesson;
        try {
            lesson = insights.insights(cohortId, lessonKey);
        } catch (AccessDeniedException | IllegalArgumentException notFound) {
            throw new NotFoundException(notFound.getMessage());
        }
        title = lesson.lesson().title() + " · results · Colloquy";
        removeAll();
        add(new Anchor("classes/" + cohortId, "← " + lesson.cohort().name()));
        add(new H1(lesson.lesson().title() + ": class results"));
        lesson.positions().forEach(position -> add(position(position)));
        lesson.checks().forEach(check -> add(check(check)));
        if (lesson.positions().isEmpty() && lesson.checks().isEmpty()) {
            add(new Paragraph("This lesson has no positions or checks to summarise."));
        }
    }

    private static Div position(LessonInsights.PositionInsight position) {
        Div section = new Div(new H2("Position: " + position.claim()));
        section.addClassName("dashboard-section");
        Image chart = new Image(BarChartSvg.dataUrl(PositionStep.SCALE, List.of("Before the lesson", "After the lesson"),
                List.of(position.before(), position.after())), "Bar chart of the table below");
        chart.addClassName("chart");
        NativeTable table = new NativeTable();
        table.setCaptionText("How many chose each point, before and after");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Position");
        head.addHeaderCell().setText("Before");
        head.addHeaderCell().setText("After");
        for (int point = 0; point < PositionStep.SCALE.size(); point++) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(PositionStep.SCALE.get(point));
            row.addDataCell().setText(String.valueOf(position.before()[point]));
            row.addDataCell().setText(String.valueOf(position.after()[point]));
        }
        table.addClassName("data-table");
        Paragraph shift = new Paragraph("Of the %d %s who answered both: %d moved toward agreeing, %d toward disagreeing, %d stayed."
                .formatted(position.answeredBoth(), position.answeredBoth() == 1 ? "student" : "students",
                        position.movedTowardAgree(), position.movedTowardDisagree(), position.stayed()));
        shift.addClassName("shift-summary");
        section.add(shift, chart, table);
        return section;
    }

    private static Div check(LessonInsights.CheckInsight check) {
        Div section = new Div(new H2("Check: " + check.question()));
        section.addClassName("dashboard-section");
        NativeTable table = new NativeTable();
        table.setCaptionText(check.answered() + (check.answered() == 1 ? " student answered" : " students answered"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Option");
        head.addHeaderCell().setText("Chosen by");
        head.addHeaderCell().setText("Share");
        for (LessonInsights.OptionShare option : check.options()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(option.text() + (option.correct() ? " (correct)" : ""));
            row.addDataCell().setText(String.valueOf(option.chosen()));
            row.addDataCell().setText(option.percentOf(check.answered()) + "%");
        }
        table.addClassName("data-table");
        section.add(table);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
