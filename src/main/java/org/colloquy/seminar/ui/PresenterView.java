package org.colloquy.seminar.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.seminar.Approval;
import org.colloquy.seminar.LiveAnswer;
import org.colloquy.seminar.PresenterState;
import org.colloquy.seminar.SeminarEvents;
import org.colloquy.seminar.SeminarPrompt;
import org.colloquy.seminar.SeminarService;
import org.springframework.security.access.AccessDeniedException;

/** The leader's console: the prompts, what is on screen, every incoming answer with its author, and the controls. */
@Route("seminar/:id/present")
@PageTitle("Presenter console · Colloquy")
@RolesAllowed("SEMINAR_LEADER")
public class PresenterView extends Main implements BeforeEnterObserver {

    private final SeminarService seminars;
    private final LiveUpdates live;
    private long sessionId = -1;
    private String joinPage = "/live";

    PresenterView(SeminarService seminars, SeminarEvents events) {
        this.seminars = seminars;
        this.live = new LiveUpdates(events, this::refresh);
        setId("main-content");
        addClassNames("page", "presenter-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = SessionAddress.sessionId(event.getRouteParameters().get("id").orElse(""));
        joinPage = SessionAddress.joinPage();
        try {
            render(seminars.presenterState(sessionId));
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
        render(seminars.presenterState(sessionId));
    }

    private void act(Runnable action) {
        action.run();
        refresh();
    }

    private void render(PresenterState state) {
        removeAll();
        add(new H1(state.lessonTitle()), joinInfo(state));
        if (state.closed()) {
            add(new Paragraph("This session has ended."), new Anchor("seminar", "Start another session"));
            return;
        }
        Section current = new Section(status(state), PromptText.of(state.current().text(), state.reading()),
                controls(state), answers(state));
        current.addClassName("presenter-current");
        Div grid = new Div(promptList(state), current);
        grid.addClassName("presenter-grid");
        add(grid);
    }

    private Div joinInfo(PresenterState state) {
        Span code = new Span(state.joinCode());
        code.setId("presenter-join-code");
        code.addClassName("join-code");
        Anchor projector = new Anchor("seminar/" + state.sessionId() + "/project", "Open the projector",
                AnchorTarget.BLANK);
        projector.setId("open-projector");
        Div info = new Div(new Span("Students join at " + joinPage + " with the code "), code, new Span(" · "),
                projector);
        info.addClassName("join-info");
        return info;
    }

    private static Nav promptList(PresenterState state) {
        OrderedList list = new OrderedList();
        for (SeminarPrompt prompt : state.prompts()) {
            ListItem item = new ListItem(PromptText.firstLine(prompt.text()));
            if (prompt.number() == state.currentIndex() + 1) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            }
            list.add(item);
        }
        Nav nav = new Nav(list);
        nav.addClassName("prompt-list");
        nav.getElement().setAttribute("aria-label", "Prompts");
        return nav;
    }

    private static Paragraph status(PresenterState state) {
        Paragraph status = new Paragraph("Prompt " + (state.currentIndex() + 1) + " of " + state.prompts().size()
                + " · " + (state.promptOpen() ? "Open for answers" : "Answers closed")
                + " · " + (state.revealed() ? "Revealed on the projector" : "Not revealed"));
        status.setId("presenter-status");
        status.addClassName("presenter-status");
        return status;
    }

    private Div controls(PresenterState state) {
        Button previous = button("Previous", "prompt-previous", () -> seminars.previous(sessionId));
        previous.setEnabled(!state.isFirst());
        Button next = button("Next", "prompt-next", () -> seminars.next(sessionId));
        next.setEnabled(!state.isLast());
        Button open = button(state.promptOpen() ? "Close answers" : "Reopen answers", "toggle-open",
                () -> seminars.setPromptOpen(sessionId, !state.promptOpen()));
        Button reveal = button(state.revealed() ? "Hide from projector" : "Reveal on projector", "toggle-reveal",
                () -> seminars.setRevealed(sessionId, !state.revealed()));
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button end = button("End session", "end-session", () -> seminars.close(sessionId));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div controls = new Div(previous, next, open, reveal, end);
        controls.addClassName("presenter-controls");
        return controls;
    }

    private Section answers(PresenterState state) {
        H2 heading = new H2("Answers (" + state.answers().size() + ")");
        heading.setId("answer-count");
        Section section = new Section(heading);
        section.setId("live-answers");
        if (state.answers().isEmpty()) {
            section.add(new Paragraph("No answers yet."));
        }
        for (LiveAnswer answer : state.answers()) {
            section.add(answerRow(answer));
        }
        return section;
    }

    private Div answerRow(LiveAnswer answer) {
        Span author = new Span(answer.studentName());
        author.addClassName("answer-author");
        Span body = new Span(answer.choiceLabel() != null ? answer.choiceLabel() : answer.body());
        body.addClassName("answer-body");
        Span approval = new Span(switch (answer.approval()) {
            case PENDING -> "Waiting for approval";
            case APPROVED -> "Approved";
            case HIDDEN -> "Hidden";
        });
        approval.addClassName("answer-approval");
        Div row = new Div(author, body, approval);
        row.addClassName("live-answer");
        row.setId("answer-" + answer.id());
        if (answer.approval() != Approval.APPROVED) {
            row.add(button("Approve", "approve-" + answer.id(), () -> seminars.approve(sessionId, answer.id())));
        }
        if (answer.approval() != Approval.HIDDEN) {
            row.add(button("Hide", "hide-" + answer.id(), () -> seminars.hide(sessionId, answer.id())));
        }
        return row;
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text, click -> act(action));
        button.setId(id);
        return button;
    }
}
