package org.colloquy.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;

/** The courses on offer, with the way in for each. */
@Route("")
@PageTitle("Courses · Colloquy")
@Menu(order = 0, title = "Courses")
@PermitAll
public class HomeView extends Main {

    HomeView(CourseCatalog catalog, AuthenticationContext authentication) {
        setId("main-content");
        addClassName("page");
        add(new H1("Courses"));
        boolean student = authentication.hasRole("STUDENT");
        for (Course course : catalog.courses()) {
            add(card(course, student));
        }
    }

    private static Div card(Course course, boolean student) {
        Div card = new Div();
        card.addClassName("course-card");
        card.add(new H2(course.title()));
        card.add(new Paragraph(course.summary()));
        Paragraph attribution = new Paragraph("Reading: “" + course.source().title() + "” — " + course.source().author()
                + " · " + course.lessons().size() + " lessons");
        attribution.addClassName("attribution");
        card.add(attribution);
        Div actions = new Div();
        actions.addClassName("actions");
        if (student) {
            Anchor open = new Anchor("course/" + course.key(), "Open the course");
            open.addClassName("primary-link");
            actions.add(open);
        }
        actions.add(new Anchor("course/" + course.key() + "/reading", "Read the essay"));
        card.add(actions);
        return card;
    }
}
