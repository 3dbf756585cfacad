package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.ui.ContentLanguage;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.cohort.ui.CohortPages;
import org.colloquy.cohort.ui.InvitationsPanel;
import org.colloquy.content.ui.ContentPages;

/** The courses on offer, with the way in for each; for a student, her invitations into classes first. */
@Route("")
@Menu(order = 0, title = "content.courses.title")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(CourseCatalog catalog, CohortInvitationService invitations, AuthenticationContext authentication) {
        setId("main-content");
        addClassName("page");
        add(new H1(getTranslation("content.courses.title")));
        boolean student = authentication.hasRole("STUDENT");
        boolean previews = authentication.hasAnyRole("INSTRUCTOR", "ADMIN");
        if (student) {
            add(new InvitationsPanel(invitations), joinAClass());
        }
        for (Course course : catalog.courses()) {
            add(card(course, student, previews));
        }
    }

    /** Where a student goes with the code her instructor gave her. */
    private Paragraph joinAClass() {
        Anchor join = new Anchor(CohortPages.join(), getTranslation("content.courses.join-a-class"));
        join.setId("join-a-class");
        Paragraph line = new Paragraph(getTranslation("content.courses.have-a-code") + " ");
        line.add(join);
        line.addClassName("join-a-class");
        return line;
    }

    private Div card(Course course, boolean student, boolean previews) {
        Div card = new Div();
        card.addClassName("course-card");
        card.add(ContentLanguage.mark(new H2(course.title()), course));
        card.add(ContentLanguage.mark(new Paragraph(course.summary()), course));
        Paragraph attribution = new Paragraph(getTranslation("content.courses.attribution", course.source().title(),
                course.source().author(), course.lessons().size()));
        attribution.addClassName("attribution");
        card.add(attribution);
        Div actions = new Div();
        actions.addClassName("actions");
        if (student) {
            Anchor open = new Anchor(LessonPages.course(course.key()), getTranslation("content.courses.open"));
            open.addClassName("primary-link");
            actions.add(open);
        } else if (previews) {
            Anchor preview = new Anchor(LessonPages.course(course.key()), getTranslation("lesson.course.preview-lessons"));
            preview.addClassName("primary-link");
            actions.add(preview);
        }
        actions.add(new Anchor(ContentPages.reading(course.key()), getTranslation("content.courses.read")));
        card.add(actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("content.courses.title"));
    }
}
