package org.colloquy.seminar.screen.ui;

import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.seminar.cohort.CohortOnScreen;
import org.colloquy.seminar.cohort.CohortSessionService;
import org.colloquy.seminar.screen.ProjectorState;
import org.colloquy.seminar.screen.RoomScreen;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.seminar.session.SeminarPrompt;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.seminar.session.ui.Countdown;
import org.colloquy.seminar.session.ui.LiveUpdates;
import org.colloquy.seminar.session.ui.PromptText;
import org.colloquy.seminar.session.ui.SessionAddress;

/**
 * The room's screen: the prompt and its passage in large type, how to join (address, code and QR code), how many
 * have answered, the countdown, and only what the leader revealed or put in the spotlight. It never names anyone
 * and never holds an answer the leader has not approved: its model comes from {@link ScreenService#projectorState}
 * and {@link ScreenService#screen}, which leave them out.
 */
@Route(value = "seminar/:id/project", autoLayout = false)
@RolesAllowed("SEMINAR_LEADER")
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NOW_COLOUR = "#ffe066";
    private static final String BEFORE_COLOUR = "#8aa6cc";
    /** Beyond about four lines at the spotlight's full size, an answer is set smaller so more of it fits. */
    private static final int LONG_SPOTLIGHT = 160;

    private final ScreenService screen;
    private final CohortSessionService classSessions;
    private final LiveUpdates live;
    private long sessionId = -1;
    private String joinPage = "";
    private @Nullable String qrCodeFor;
    private String qrCode = "";

    ProjectorView(ScreenService screen, CohortSessionService classSessions,
                  SeminarEvents events) {
        this.screen = screen;
        this.classSessions = classSessions;
        this.live = new LiveUpdates(events, this::refresh).catchingUpEvery(LiveUpdates.LEADER_SCREEN_POLL);
        setId("main-content");
        addClassName("projector");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = SessionAddress.sessionId(event.getRouteParameters().get("id").orElse(""));
        joinPage = SessionAddress.joinPage();
        try {
            refresh();
        } catch (AccessDeniedException notYours) {
            String reason = getTranslation("seminar.not-yours");
            event.rerouteToError(PageNotFound.because(reason), reason);
            return;
        }
        getUI().ifPresent(ui -> live.follow(ui, sessionId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.projector.page-title");
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
        render(screen.projectorState(sessionId), screen.screen(sessionId));
    }

    private void render(ProjectorState state, RoomScreen screen) {
        removeAll();
        if (state.closed()) {
            H1 ended = new H1(getTranslation("seminar.projector.ended"));
            ended.addClassName("projector-ended");
            add(ended);
            return;
        }
        CohortOnScreen classWork = classSessions.onScreen(sessionId);
        if (classWork.map() != null) {
            add(CohortScreen.map(classWork));
            return;
        }
        H1 number = new H1(getTranslation("seminar.projector.question-of", state.prompt().number(), state.promptCount()));
        number.addClassName("projector-number");
        Div prompt = PromptText.of(state.prompt().text(), state.reading());
        Section slide = new Section(number, prompt);
        slide.addClassName("projector-slide");
        if (classWork.broughtIn() != null) {
            slide.add(CohortScreen.broughtIn(classWork.broughtIn()));
        }
        if (state.revealed()) {
            slide.add(revealed(state, screen));
        } else if (!state.prompt().step().cites().isEmpty()) {
            PassagePanel passage = new PassagePanel(state.reading(), state.prompt().step().cites());
            passage.addClassName("projector-passage");
            slide.add(passage);
        }
        add(slide, aside(state, screen));
        if (screen.spotlight() != null) {
            add(spotlight(screen.spotlight(), state.joinCode()));
        }
    }

    private Aside aside(ProjectorState state, RoomScreen screen) {
        String joinUrl = joinPage + "/" + state.joinCode();
        Span code = new Span(state.joinCode());
        code.setId("projector-join-code");
        code.addClassName("projector-code");
        Paragraph address = JoinAddress.of(joinUrl.replaceFirst("^https?://", ""));
        address.setId("projector-join-url");
        address.addClassName("projector-url");
        Image qr = new Image(qrCodeOf(joinUrl), getTranslation("seminar.projector.qr-alt", joinUrl));
        qr.setId("projector-qr");
        qr.addClassName("join-qr");
        Div join = new Div(new Paragraph(getTranslation("seminar.projector.join-on-phone")), qr, address,
                new Paragraph(getTranslation("seminar.projector.or-enter-code")), code);
        join.addClassName("projector-join");
        Aside aside = new Aside(join, answerCount(state));
        aside.addClassName("projector-aside");
        if (screen.timeLeft() != null) {
            Countdown countdown = new Countdown(screen.timeLeft(), "");
            countdown.setId("projector-countdown");
            countdown.addClassName("projector-countdown");
            Paragraph caption = new Paragraph(getTranslation("seminar.projector.time-to-answer"));
            caption.addClassName("projector-timer-caption");
            aside.add(new Div(caption, countdown));
        }
        return aside;
    }

    /** The QR code is drawn once per address, not on every update. */
    private String qrCodeOf(String joinUrl) {
        if (!joinUrl.equals(qrCodeFor)) {
            qrCode = JoinQrCode.dataUrl(joinUrl);
            qrCodeFor = joinUrl;
        }
        return qrCode;
    }

    private Paragraph answerCount(ProjectorState state) {
        int count = state.answerCount();
        Paragraph paragraph = new Paragraph(getTranslation(state.promptOpen() ? "seminar.projector.answer-count"
                : "seminar.projector.answer-count-closed", count));
        paragraph.setId("projector-answer-count");
        paragraph.addClassName("projector-count");
        return paragraph;
    }

    private Section revealed(ProjectorState state, RoomScreen screen) {
        Section section = new Section();
        section.setId("projector-revealed");
        section.addClassName("projector-revealed");
        if (state.prompt().kind() == SeminarPrompt.Kind.OPEN) {
            if (!screen.wordCloud().isEmpty()) {
                section.add(new WordCloudView(screen.wordCloud()));
            } else {
                for (String answer : state.approvedAnswers()) {
                    Paragraph paragraph = new Paragraph(answer);
                    paragraph.addClassName("projector-answer");
                    section.add(paragraph);
                }
            }
            if (state.approvedAnswers().isEmpty()) {
                section.add(new Paragraph(getTranslation("seminar.projector.no-answers-shown")));
            }
            return section;
        }
        RoomScreen.Comparison before = screen.before();
        boolean lettered = state.prompt().kind() == SeminarPrompt.Kind.POLL;
        DistributionChart.Series now = new DistributionChart.Series(getTranslation("seminar.chart.now", state.prompt().number()),
                state.distribution(), NOW_COLOUR);
        if (before == null) {
            int total = now.total();
            section.add(DistributionChart.of(getTranslation("seminar.chart.how-the-room-answered", total),
                    List.of(now), lettered));
            return section;
        }
        Div comparison = DistributionChart.of(getTranslation("seminar.chart.before-and-now"), List.of(
                new DistributionChart.Series(getTranslation("seminar.chart.before", before.promptNumber()), before.distribution(),
                        BEFORE_COLOUR), now), lettered);
        comparison.setId("projector-before-after");
        comparison.addClassName("before-after");
        section.add(comparison);
        return section;
    }

    private Div spotlight(String text, String joinCode) {
        Paragraph label = new Paragraph(getTranslation("seminar.projector.from-the-room"));
        label.addClassName("spotlight-label");
        Paragraph answer = new Paragraph(text);
        answer.setId("projector-spotlight-text");
        answer.addClassName("spotlight-text");
        if (text.length() > LONG_SPOTLIGHT) {
            answer.addClassName("spotlight-long");
        }
        Div body = new Div(label, answer);
        body.addClassName("spotlight-body");
        Paragraph code = new Paragraph(getTranslation("seminar.projector.join-with-code", joinCode));
        code.addClassName("spotlight-code");
        Div spotlight = new Div(body, code);
        spotlight.setId("projector-spotlight");
        spotlight.addClassName("projector-spotlight");
        return spotlight;
    }
}
