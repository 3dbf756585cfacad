package org.colloquy.seminar.console.ui;

import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.cohort.CohortSessionService;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.console.PresenterState;
import org.colloquy.seminar.console.RoomControls;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.seminar.session.SeminarPrompt;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.seminar.session.ui.ChoiceLabels;
import org.colloquy.seminar.session.ui.LiveUpdates;
import org.colloquy.seminar.session.ui.PromptText;
import org.colloquy.seminar.session.ui.SessionAddress;
import org.colloquy.seminar.session.ui.SeminarPages;

/** The leader's console: the prompts, what is on screen, every incoming answer with its author, and the controls. */
@Route("seminar/:id/present")
@RolesAllowed("SEMINAR_LEADER")
public class PresenterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsoleService console;
    private final ScreenService screen;
    private final LiveUpdates live;
    private final H1 title = new H1();
    private final Div joinInfo = new Div();
    private final Div promptList = new Div();
    private final Paragraph status = new Paragraph();
    private final Div promptText = new Div();
    private final Button previous;
    private final Button next;
    private final Button openOrClose;
    private final Button reveal;
    private final Button end;
    private final EndSessionDialog endSessionDialog;
    private final Button approveAll;
    private final Section answers = new Section();
    private final H2 answerCount = new H2();
    private final Paragraph noAnswers = new Paragraph();
    private final Map<Long, LiveAnswerRow> rows = new HashMap<>();
    private final Div running;
    private final Div ended;
    private final CohortPanel classPanel;
    private long sessionId = -1;
    private String joinPage = "";
    private @Nullable PresenterState state;
    private final Section currentPrompt;
    private @Nullable RoomPanel roomPanel;
    private @Nullable RoomControls controls;
    private final LiveAnswerRow.Actions rowActions = new LiveAnswerRow.Actions() {
        @Override
        public void approve(long answerId) {
            act(() -> console.approve(sessionId, answerId));
        }

        @Override
        public void hide(long answerId) {
            act(() -> console.hide(sessionId, answerId));
        }

        @Override
        public RoomPanel room() {
            return Objects.requireNonNull(roomPanel);
        }

        @Override
        public @Nullable RoomControls controls() {
            return controls;
        }
    };

    PresenterView(ConsoleService console, ScreenService screen, CohortSessionService classSessions,
                  SeminarEvents events) {
        this.console = console;
        this.screen = screen;
        this.classPanel = new CohortPanel(classSessions);
        this.live = new LiveUpdates(events, this::refresh).catchingUpEvery(LiveUpdates.LEADER_SCREEN_POLL);
        setId("main-content");
        addClassNames("page", "presenter-view");
        previous = button(getTranslation("seminar.presenter.previous"), "prompt-previous", () -> console.previous(sessionId));
        next = button(getTranslation("seminar.presenter.next"), "prompt-next", () -> console.next(sessionId));
        openOrClose = button(getTranslation("seminar.presenter.close-answers"), "toggle-open",
                () -> console.setPromptOpen(sessionId, !current().promptOpen()));
        reveal = button(getTranslation("seminar.presenter.reveal"), "toggle-reveal",
                () -> console.setRevealed(sessionId, !current().revealed()));
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endSessionDialog = new EndSessionDialog(() -> act(() -> console.close(sessionId)));
        end = new Button(getTranslation("seminar.presenter.end"), click -> endSessionDialog.open());
        end.setId("end-session");
        end.getElement().setAttribute("aria-haspopup", "dialog");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approveAll = new Button("", click -> act(() -> console.approveAllWaiting(sessionId, current().answers())));
        approveAll.setId("bulk-approve");
        approveAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        noAnswers.setText(getTranslation("seminar.presenter.no-answers"));
        joinInfo.addClassName("join-info");
        status.setId("presenter-status");
        status.addClassName("presenter-status");
        answers.setId("live-answers");
        answerCount.setId("answer-count");
        Div answersHeader = new Div(answerCount, approveAll);
        answersHeader.addClassName("answers-header");
        answers.add(answersHeader, noAnswers);
        Div controls = new Div(previous, next, openOrClose, reveal, end);
        controls.addClassName("presenter-controls");
        Section current = new Section(status, promptText, controls, classPanel, answers);
        current.addClassName("presenter-current");
        currentPrompt = current;
        running = new Div(promptList, current);
        running.addClassName("presenter-grid");
        ended = new Div(new Paragraph(getTranslation("seminar.presenter.ended")),
                new Anchor(SeminarPages.start(), getTranslation("seminar.presenter.start-another")));
        add(title, joinInfo, running);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = SessionAddress.sessionId(event.getRouteParameters().get("id").orElse(""));
        joinPage = SessionAddress.joinPage();
        try {
            showRoomControls();
            render(console.presenterState(sessionId));
        } catch (AccessDeniedException notYours) {
            String reason = getTranslation("seminar.not-yours");
            event.rerouteToError(PageNotFound.because(reason), reason);
            return;
        }
        getUI().ifPresent(ui -> live.follow(ui, sessionId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.presenter.page-title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        live.follow(attachEvent.getUI(), sessionId);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
    }

    private PresenterState current() {
        return Objects.requireNonNull(state);
    }

    private void refresh() {
        showRoomControls();
        render(console.presenterState(sessionId));
    }

    /** Reads the room's settings before the answers are rendered, so each row knows its star and spotlight. */
    private void showRoomControls() {
        RoomControls read = console.controls(sessionId);
        controls = read;
        if (roomPanel == null) {
            roomPanel = new RoomPanel(console, screen, sessionId, this::refresh);
            roomPanel.setId("room-controls");
            currentPrompt.addComponentAtIndex(currentPrompt.getComponentCount() - 1, roomPanel);
        }
        roomPanel.show(read);
    }

    private void act(Runnable action) {
        action.run();
        refresh();
    }

    /** Updates the parts in place: the controls stay the same components, so a click is never lost to a re-render. */
    private void render(PresenterState state) {
        boolean sameJoinInfo = this.state != null && this.state.sessionId() == state.sessionId();
        this.state = state;
        title.setText(Translated.text(state.lessonTitle()));
        if (!sameJoinInfo) {
            joinInfo.removeAll();
            joinInfo.add(joinInfo(state).toArray(Component[]::new));
        }
        if (state.closed()) {
            remove(running);
            add(ended);
            return;
        }
        promptList.removeAll();
        promptList.add(promptList(state));
        status.setText(status(state));
        promptText.removeAll();
        promptText.add(PromptText.of(state.current().text(), state.reading()));
        previous.setEnabled(!state.isFirst());
        next.setEnabled(!state.isLast());
        openOrClose.setText(getTranslation(state.promptOpen() ? "seminar.presenter.close-answers"
                : "seminar.presenter.reopen-answers"));
        reveal.setText(getTranslation(state.revealed() ? "seminar.presenter.hide-from-projector"
                : "seminar.presenter.reveal"));
        renderAnswers(state);
        classPanel.show(state.sessionId());
    }

    private List<Component> joinInfo(PresenterState state) {
        Span code = new Span(state.joinCode());
        code.setId("presenter-join-code");
        code.addClassName("join-code");
        Anchor projector = new Anchor(SeminarPages.projector(state.sessionId()), getTranslation("seminar.presenter.open-projector"),
                AnchorTarget.BLANK);
        projector.setId("open-projector");
        return List.of(new Span(getTranslation("seminar.presenter.students-join-at", joinPage) + " "), code,
                new Span(" · "), projector);
    }

    private Nav promptList(PresenterState state) {
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
        nav.getElement().setAttribute("aria-label", getTranslation("seminar.presenter.prompts"));
        return nav;
    }

    private String status(PresenterState state) {
        return getTranslation("seminar.presenter.prompt-of", state.currentIndex() + 1, state.prompts().size())
                + " · " + getTranslation(state.promptOpen() ? "seminar.presenter.open-for-answers"
                        : "seminar.presenter.answers-closed")
                + " · " + getTranslation(state.revealed() ? "seminar.presenter.revealed"
                        : "seminar.presenter.not-revealed");
    }

    /** Keeps each answer's row (and its buttons) while it stays on screen: only new answers add rows. */
    private void renderAnswers(PresenterState state) {
        answerCount.setText(getTranslation("seminar.presenter.answers", state.answers().size()));
        long waiting = state.answers().stream().filter(LiveAnswer::waiting).count();
        approveAll.setText(getTranslation("seminar.presenter.approve-all", waiting));
        approveAll.setVisible(waiting > 0);
        noAnswers.setVisible(state.answers().isEmpty());
        Map<Long, LiveAnswerRow> shown = new HashMap<>();
        for (LiveAnswer answer : state.answers()) {
            LiveAnswerRow row = rows.containsKey(answer.id()) ? rows.get(answer.id()) : new LiveAnswerRow(answer.id(), rowActions);
            row.show(answer);
            shown.put(answer.id(), row);
            if (!rows.containsKey(answer.id())) {
                answers.add(row);
            }
        }
        rows.values().stream().filter(row -> !shown.containsValue(row)).forEach(answers::remove);
        rows.clear();
        rows.putAll(shown);
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text, click -> act(action));
        button.setId(id);
        return button;
    }
}
