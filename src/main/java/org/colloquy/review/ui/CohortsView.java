package org.colloquy.review.ui;

import com.vaadin.flow.component.button.Button;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.ui.LessonPages;
import com.vaadin.flow.i18n.I18NProvider;

/** The classes an instructor teaches, and a new one in two fields. */
@Route("classes")
@Menu(order = 2, title = "review.menu.classes")
@RolesAllowed("INSTRUCTOR")
public class CohortsView extends Main implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return t("review.classes.page-title");
    }


    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final Div list = new Div();

    CohortsView(CohortService cohorts, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "classes-view");
        add(new H1(t("review.classes.heading")), list, createForm());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CohortRef> mine = cohorts.cohortsITeach();
        if (mine.isEmpty()) {
            list.add(new Paragraph(t("review.classes.none")));
        }
        for (CohortRef cohort : mine) {
            Div card = new Div();
            card.addClassName("course-card");
            Anchor open = new Anchor(ReviewPages.cohort(cohort.id()), cohort.name());
            open.addClassName("cohort-link");
            Span details = new Span(t("review.classes.details",
                    catalog.course(cohort.courseKey()).map(Course::title).orElse(cohort.courseKey()),
                    cohort.studentCount(), cohort.joinCode()));
            details.addClassName("attribution");
            Anchor preview = new Anchor(LessonPages.course(cohort.courseKey()), t("review.classes.preview-lessons"));
            preview.addClassName("preview-lessons");
            preview.getElement().setAttribute("aria-label", t("review.classes.preview-lessons-of", cohort.name()));
            Div actions = new Div(preview);
            actions.addClassName("actions");
            card.add(new H2(open), details, actions);
            list.add(card);
        }
    }

    private Div createForm() {
        Select<Course> course = new Select<>();
        course.setLabel(t("review.classes.course"));
        course.setItems(catalog.courses());
        course.setItemLabelGenerator(Course::title);
        if (!catalog.courses().isEmpty()) {
            course.setValue(catalog.courses().getFirst());
        }
        TextField name = new TextField(t("review.classes.name"));
        name.setPlaceholder(t("review.classes.name-placeholder"));
        TypingLimit.on(name, CohortService.MAX_NAME_LENGTH);
        name.setId("new-class-name");
        Button create = new Button(t("review.classes.create"), click -> {
            try {
                cohorts.createCohort(course.getValue().key(), name.getValue());
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException invalid) {
                name.setInvalid(true);
                name.setErrorMessage(Translated.reason(invalid));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(t("review.classes.new")), course, name, create);
        form.addClassNames("course-card", "new-class-form");
        return form;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
