package org.colloquy.seminar.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.seminar.ChoiceCount;
import org.colloquy.seminar.ProjectorState;
import org.colloquy.seminar.SeminarEvents;
import org.colloquy.seminar.SeminarService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The room's screen: the prompt and its passage, how to join, how many have answered, and only what the leader
 * revealed. It never names anyone and never holds an answer the leader has not approved: its model comes from
 * {@link SeminarService#projectorState}, which leaves them out.
 */
@Route(value = "seminar/:id/project", autoLayout = false)
@PageTitle("Projector · Colloquy")
@RolesAllowed("SEMINAR_LEADER")
public class ProjectorView extends Main implements BeforeEnterObserver {

    private final SeminarService seminars;
    private final LiveUpdates live;
    private long sessionId = -1;
    private String joinPage = "/live";

    ProjectorView(SeminarService seminars, SeminarEvents events) {
        this.seminars = seminars;
        this.live = new LiveUpdates(events, this::refresh).catchingUpEvery(LiveUpdates.LEADER_SCREEN_POLL);
        setId("main-content");
        addClassName("projector");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = SessionAddress.sessionId(event.getRouteParameters().get("id").orElse(""));
        joinPage = SessionAddress.joinPage();
        try {
            render(seminars.projectorState(sessionId));
        } catch (AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class, "No session of yours has this address.");
            return;
        }
        getUI().ifPresent(ui -> live.follow(ui, sessionId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        live.follow(attachEvent.getUI(), sessionId);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
    }

    private void refresh() {
        render(seminars.projectorState(sessionId));
    }

    private void render(ProjectorState state) {
        removeAll();
        add(joinBar(state));
        if (state.closed()) {
            Paragraph ended = new Paragraph("This session has ended. Thank you!");
            ended.addClassName("projector-ended");
            add(ended);
            return;
        }
        Paragraph number = new Paragraph("Question " + state.prompt().number() + " of " + state.promptCount());
        number.addClassName("projector-number");
        Div prompt = PromptText.of(state.prompt().text(), state.reading());
        PassagePanel passage = new PassagePanel(state.reading(), state.prompt().step().cites());
        passage.addClassName("projector-passage");
        Div slide = new Div(number, prompt, passage);
        slide.addClassName("projector-slide");
        add(slide, answerCount(state));
        if (state.revealed()) {
            add(revealed(state));
        }
    }

    private Div joinBar(ProjectorState state) {
        Span code = new Span(state.joinCode());
        code.setId("projector-join-code");
        code.addClassName("projector-code");
        Div bar = new Div(new Span("Join at " + joinPage + " with the code"), code);
        bar.addClassName("projector-join");
        return bar;
    }

    private static Paragraph answerCount(ProjectorState state) {
        int count = state.answerCount();
        Paragraph paragraph = new Paragraph(count + (count == 1 ? " answer" : " answers")
                + (state.promptOpen() ? "" : " · answers closed"));
        paragraph.setId("projector-answer-count");
        paragraph.addClassName("projector-count");
        return paragraph;
    }

    private static Section revealed(ProjectorState state) {
        Section section = new Section();
        section.setId("projector-revealed");
        section.addClassName("projector-revealed");
        for (String answer : state.approvedAnswers()) {
            Paragraph paragraph = new Paragraph(answer);
            paragraph.addClassName("projector-answer");
            section.add(paragraph);
        }
        int total = state.distribution().stream().mapToInt(ChoiceCount::count).sum();
        for (ChoiceCount choice : state.distribution()) {
            Div bar = new Div();
            bar.addClassName("projector-bar");
            bar.getStyle().setWidth((total == 0 ? 0 : choice.count() * 100 / total) + "%");
            Div row = new Div(new Span(choice.label()), new Span(String.valueOf(choice.count())), bar);
            row.addClassName("projector-choice");
            section.add(row);
        }
        if (state.approvedAnswers().isEmpty() && state.distribution().isEmpty()) {
            section.add(new Paragraph("No answers shown yet."));
        }
        return section;
    }
}
