package org.colloquy.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.seminar.LessonToRun;
import org.colloquy.seminar.SeminarService;
import org.colloquy.seminar.SessionSummary;

/** Where a seminar leader starts a live session from a lesson and finds the sessions still running. */
@Route("seminar")
@PageTitle("Seminar · Colloquy")
@Menu(order = 3, title = "Seminar")
@RolesAllowed("SEMINAR_LEADER")
public class SeminarStartView extends Main {

    SeminarStartView(SeminarService seminars) {
        setId("main-content");
        addClassNames("page", "seminar-start");
        List<LessonToRun> lessons = seminars.lessonsToRun();
        Select<LessonToRun> lesson = new Select<>();
        lesson.setLabel("Lesson");
        lesson.setId("seminar-lesson");
        lesson.setItems(lessons);
        lesson.setItemLabelGenerator(LessonToRun::label);
        if (!lessons.isEmpty()) {
            lesson.setValue(lessons.getFirst());
        }
        Button start = new Button("Start live session", click -> {
            SessionSummary started = seminars.start(lesson.getValue().courseKey(), lesson.getValue().lessonKey());
            getUI().ifPresent(ui -> ui.navigate("seminar/" + started.id() + "/present"));
        });
        start.setId("start-seminar");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!lessons.isEmpty());
        Div form = new Div(new Paragraph("Students answer the lesson's prompts on their phones while you set the "
                + "pace; the projector shows only what you reveal."), lesson, start);
        form.addClassNames("course-card", "seminar-start-form");
        add(new H1("Live seminar"), form, new H2("Your running sessions"), running(seminars.myOpenSessions()));
    }

    private static Div running(List<SessionSummary> sessions) {
        Div running = new Div();
        running.setId("running-sessions");
        if (sessions.isEmpty()) {
            running.add(new Paragraph("None running."));
            return running;
        }
        UnorderedList list = new UnorderedList();
        for (SessionSummary session : sessions) {
            Anchor present = new Anchor("seminar/" + session.id() + "/present", "Presenter console");
            Anchor project = new Anchor("seminar/" + session.id() + "/project", "Projector", AnchorTarget.BLANK);
            list.add(new ListItem(new Span(session.lessonTitle() + " · code " + session.joinCode() + " · "),
                    present, new Span(" · "), project));
        }
        running.add(list);
        return running;
    }
}
