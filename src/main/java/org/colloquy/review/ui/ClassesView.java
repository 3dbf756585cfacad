package org.colloquy.review.ui;

import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.account.CohortRef;
import org.colloquy.account.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;

/** The classes an instructor teaches, and a new one in two fields. */
@Route("classes")
@PageTitle("My classes · Colloquy")
@Menu(order = 2, title = "My classes")
@RolesAllowed("INSTRUCTOR")
public class ClassesView extends Main {

    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final Div list = new Div();

    ClassesView(CohortService cohorts, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "classes-view");
        add(new H1("My classes"), list, createForm());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CohortRef> mine = cohorts.cohortsITeach();
        if (mine.isEmpty()) {
            list.add(new Paragraph("You do not teach a class yet. Create one below, then share its join code with your students."));
        }
        for (CohortRef cohort : mine) {
            Div card = new Div();
            card.addClassName("course-card");
            Anchor open = new Anchor("classes/" + cohort.id(), cohort.name());
            open.addClassName("cohort-link");
            Span details = new Span(catalog.course(cohort.courseKey()).map(Course::title).orElse(cohort.courseKey())
                    + " · " + cohort.studentCount() + (cohort.studentCount() == 1 ? " student" : " students")
                    + " · join code " + cohort.joinCode());
            details.addClassName("attribution");
            card.add(new H2(open), details);
            list.add(card);
        }
    }

    private Div createForm() {
        Select<Course> course = new Select<>();
        course.setLabel("Course");
        course.setItems(catalog.courses());
        course.setItemLabelGenerator(Course::title);
        if (!catalog.courses().isEmpty()) {
            course.setValue(catalog.courses().getFirst());
        }
        TextField name = new TextField("Class name");
        name.setPlaceholder("e.g. Tuesday seminar, spring term");
        name.setMaxLength(120);
        name.setId("new-class-name");
        Button create = new Button("Create class", click -> {
            try {
                cohorts.createCohort(course.getValue().key(), name.getValue());
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException invalid) {
                name.setInvalid(true);
                name.setErrorMessage(invalid.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2("New class"), course, name, create);
        form.addClassNames("course-card", "new-class-form");
        return form;
    }
}
