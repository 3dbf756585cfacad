package org.colloquy.review.ui;

import org.colloquy.base.ui.PageNotFound;
import org.colloquy.base.i18n.Translated;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.IntStream;
import org.colloquy.content.PositionStep;
import org.colloquy.review.LessonInsights;
import org.colloquy.review.LessonInsightsService;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.i18n.I18NProvider;

/** One lesson across the class: positions before and after, with the shift, and how each check was answered. */
@Route("classes/:cohortId/lessons/:lessonKey")
@RolesAllowed("INSTRUCTOR")
class LessonInsightsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonInsightsService insights;
    private String title = "";

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
        } catch (AccessDeniedException notTeaching) {
            throw PageNotFound.because(t("review.no-such-class", String.valueOf(cohortId)));
        } catch (IllegalArgumentException notFound) {
            throw PageNotFound.because(Translated.reason(notFound));
        }
        title = t("review.insights.page-title", lesson.lesson().title());
        removeAll();
        add(new Anchor(ReviewPages.cohort(cohortId), "← " + lesson.cohort().name()));
        add(new H1(t("review.insights.heading", lesson.lesson().title())));
        lesson.positions().forEach(position -> add(position(position)));
        lesson.checks().forEach(check -> add(check(check)));
        if (lesson.positions().isEmpty() && lesson.checks().isEmpty()) {
            add(new Paragraph(t("review.insights.nothing")));
        }
    }

    private static Div position(LessonInsights.PositionInsight position) {
        Div section = new Div(new H2(t("review.insights.position-heading", position.claim())));
        section.addClassName("dashboard-section");
        List<String> scale = IntStream.rangeClosed(1, PositionStep.SCALE.size())
                .mapToObj(point -> Translated.text(PositionStep.pointName(point))).toList();
        Image chart = new Image(BarChartSvg.dataUrl(scale, List.of(t("review.insights.before-lesson"), t("review.insights.after-lesson")),
                List.of(position.before(), position.after())), t("review.insights.chart-alt"));
        chart.addClassName("chart");
        NativeTable table = new NativeTable();
        table.setCaptionText(t("review.insights.position-caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(t("review.insights.position"));
        head.addHeaderCell().setText(t("review.insights.before"));
        head.addHeaderCell().setText(t("review.insights.after"));
        for (int point = 0; point < PositionStep.SCALE.size(); point++) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(scale.get(point));
            row.addDataCell().setText(String.valueOf(position.before()[point]));
            row.addDataCell().setText(String.valueOf(position.after()[point]));
        }
        table.addClassName("data-table");
        Paragraph shift = new Paragraph(t("review.insights.shift", position.answeredBoth(),
                position.movedTowardAgree(), position.movedTowardDisagree(), position.stayed()));
        shift.addClassName("shift-summary");
        section.add(shift, chart, table);
        return section;
    }

    private static Div check(LessonInsights.CheckInsight check) {
        Div section = new Div(new H2(t("review.insights.check-heading", check.question())));
        section.addClassName("dashboard-section");
        NativeTable table = new NativeTable();
        table.setCaptionText(t("review.insights.answered", check.answered()));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(t("review.insights.option"));
        head.addHeaderCell().setText(t("review.insights.chosen-by"));
        head.addHeaderCell().setText(t("review.insights.share"));
        for (LessonInsights.OptionShare option : check.options()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(option.correct() ? t("review.insights.correct", option.text()) : option.text());
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

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
