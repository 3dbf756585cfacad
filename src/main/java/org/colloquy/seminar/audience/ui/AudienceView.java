package org.colloquy.seminar.audience.ui;

import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.colloquy.base.i18n.Translated;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.identity.ui.SignedInBrowser;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceState;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.audience.JoinOutcome;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.seminar.session.SeminarPrompt;
import org.jspecify.annotations.Nullable;
import org.colloquy.seminar.session.ui.ChoiceLabels;
import org.colloquy.seminar.session.ui.Countdown;
import org.colloquy.seminar.session.ui.LiveUpdates;
import org.colloquy.seminar.session.ui.PromptText;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.shared.ui.Transport;
import org.colloquy.seminar.session.ui.SeminarPages;

/**
 * A student's phone in the seminar room: join with the code, then answer the prompt on screen. It follows the
 * leader's pace; what she is typing survives any update that keeps the same prompt on screen. Someone who is not
 * signed in joins as a guest with a display name, when the leader allows guests; a guest's phone opened before
 * that follows the session and asks for her name as soon as the leader lets guests in.
 */
@Route("live/:code?")
@AnonymousAllowed
public class AudienceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AudienceService audience;
    private final GuestService guests;
    private final AuthenticationContext authentication;
    private final LiveUpdates live;
    private final Div timer = new Div();
    private @Nullable String guestToken;
    private String joinCode = "";
    private long sessionId = -1;
    private @Nullable String promptKey;
    private @Nullable LiveAnswerForm form;
    /** The guest's page on screen while she is not in the room yet (waiting for guests, or asked for a name). */
    private @Nullable GuestJoin guestPage;
    /** This browser was signed in and never signed out: a lost session is asked to sign in before joining as a guest. */
    private boolean signedInBefore;
    /** She was asked to sign in again and chose to join as a guest instead. */
    private boolean guestChosen;

    AudienceView(AudienceService audience, GuestService guests, AuthenticationContext authentication,
                 SeminarEvents events) {
        this.audience = audience;
        this.guests = guests;
        this.authentication = authentication;
        timer.setId("live-timer");
        timer.addClassName("audience-timer");
        this.live = new LiveUpdates(events,
                event -> event instanceof SeminarEvent.PromptChanged || event instanceof SeminarEvent.SessionEnded,
                this::refresh).catchingUpEvery(LiveUpdates.PHONE_POLL);
        setId("main-content");
        addClassNames("page", "audience-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        joinCode = event.getRouteParameters().get("code").orElse("");
        promptKey = null;
        guestToken = null;
        signedInBefore = SignedInBrowser.wasSignedIn();
        guestChosen = false;
        if (joinCode.isEmpty()) {
            showJoinForm("");
        } else {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.audience.page-title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // the server's updates come by push; what the phone sends goes over HTTP, whose answers can set cookies
        // (the guest's token, GuestTokens) and keep the browser session alive
        attachEvent.getUI().getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        if (sessionId >= 0) {
            live.follow(attachEvent.getUI(), sessionId);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
    }

    private void refresh() {
        if (!authentication.isAuthenticated()) {
            if (lostHerSession()) {
                showSignInAgain();
            } else {
                refreshAsGuest();
            }
            return;
        }
        if (!authentication.hasRole("STUDENT")) {
            showJoinForm(getTranslation("seminar.audience.students-only"));
            return;
        }
        switch (audience.join(joinCode)) {
            case JoinOutcome.Joined joined -> show(joined.state());
            case JoinOutcome.UnknownCode unknown -> showJoinForm(Translated.text(unknown.message()));
            case JoinOutcome.SessionClosed closed -> showJoinForm(Translated.text(closed.message()));
        }
    }

    private void refreshAsGuest() {
        String token = guestToken != null ? guestToken : GuestTokens.read(JoinCodes.normalise(joinCode));
        switch (guests.enter(joinCode, token)) {
            case GuestJoin.Joined joined -> {
                guestToken = joined.token();
                show(joined.state());
            }
            case GuestJoin.NameNeeded needed -> showGuestForm(needed);
            case GuestJoin.NotOpenToGuests notOpen -> showNotOpenToGuests(notOpen);
            case GuestJoin.Refused refused -> showJoinForm(Translated.text(refused.message()));
        }
    }

    /**
     * A student whose session went away without her signing out (the server node she was on stopped, or the session
     * timed out): she was in the room as herself, not as a guest of this session (decision 0048).
     */
    private boolean lostHerSession() {
        return signedInBefore && !guestChosen && guestToken == null
                && GuestTokens.read(JoinCodes.normalise(joinCode)) == null;
    }

    /** Signing in again first, which leads straight back to this session; joining as a guest only second. */
    private void showSignInAgain() {
        live.stop();
        sessionId = -1;
        guestPage = null;
        form = null;
        promptKey = null;
        removeAll();
        Paragraph why = new Paragraph(getTranslation("seminar.audience.signed-out.why"));
        why.setId("live-signed-out");
        Anchor signIn = new Anchor(LiveAfterSignInView.signInFor(joinCode),
                getTranslation("seminar.audience.signed-out.sign-in"));
        signIn.setId("live-sign-in-again");
        signIn.addClassName("primary-link");
        Button asGuest = new Button(getTranslation("seminar.audience.signed-out.as-guest"), click -> {
            guestChosen = true;
            refresh();
        });
        asGuest.setId("live-as-guest");
        asGuest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div box = new Div(why, signIn, asGuest);
        box.addClassNames("course-card", "join-form", "signed-out");
        add(new H1(getTranslation("seminar.audience.signed-out.heading")), box);
    }

    /** Follows the session, so that a change of the leader's mind shows here at once. */
    private void follow(long id) {
        if (sessionId != id) {
            sessionId = id;
            getUI().ifPresent(ui -> live.follow(ui, id));
        }
    }

    private void show(AudienceState state) {
        guestPage = null;
        follow(state.sessionId());
        showTimer(state);
        if (form != null && state.prompt().key().equals(promptKey)) {
            form.setOpen(state.promptOpen(), LiveAnswerForm.timeIsUp(state));
            return;
        }
        promptKey = state.prompt().key();
        removeAll();
        H1 where = new H1(getTranslation("seminar.audience.where", Translated.text(state.lessonTitle()),
                state.prompt().number(), state.promptCount()));
        where.addClassName("audience-where");
        PassagePanel passage = new PassagePanel(state.reading(), state.prompt().step().cites());
        passage.setOpen(false);
        form = new LiveAnswerForm(state, this::send);
        passage.setVisible(!state.prompt().step().cites().isEmpty());
        add(where, PromptText.of(state.prompt().text(), state.reading()), passage, timer, form);
    }

    private void showTimer(AudienceState state) {
        timer.removeAll();
        if (state.timeLeft() != null) {
            timer.add(new Countdown(state.timeLeft(), getTranslation("seminar.audience.time-left") + " "));
        }
    }

    /**
     * Someone without an account, in a session that takes guests: a display name, then the room. The page follows the
     * session and stays as it is (with what she typed) while guests stay welcome.
     */
    private void showGuestForm(GuestJoin.NameNeeded needed) {
        if (guestPage instanceof GuestJoin.NameNeeded && sessionId == needed.sessionId()) {
            return;
        }
        form = null;
        removeAll();
        guestPage = needed;
        follow(needed.sessionId());
        TextField name = new TextField(getTranslation("seminar.guest.your-name"));
        name.setId("guest-name");
        TypingLimit.on(name, GuestService.LONGEST_NAME, getTranslation("seminar.guest.name-helper"));
        Paragraph message = new Paragraph();
        message.setId("guest-message");
        message.addClassName("error");
        message.getElement().setAttribute("role", "status");
        Button join = new Button(getTranslation("seminar.guest.join"), click -> {
            switch (guests.join(needed.joinCode(), name.getValue())) {
                case GuestJoin.Joined joined -> {
                    guestToken = joined.token();
                    GuestTokens.remember(needed.joinCode(), joined.token());
                    show(joined.state());
                }
                case GuestJoin.Refused refused -> message.setText(Translated.text(refused.message()));
                case GuestJoin.NotOpenToGuests notOpen -> showNotOpenToGuests(notOpen);
                case GuestJoin.NameNeeded again -> message.setText(getTranslation("seminar.guest.enter-name"));
            }
        });
        join.setId("guest-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        Anchor signIn = new Anchor(LiveAfterSignInView.signInFor(needed.joinCode()),
                getTranslation("seminar.guest.sign-in"));
        signIn.setId("guest-sign-in");
        Div box = new Div(new Paragraph(getTranslation("seminar.guest.lesson-and-code", Translated.text(needed.lessonTitle()),
                needed.joinCode())), name, join, message,
                signIn);
        box.addClassNames("course-card", "join-form");
        add(new H1(getTranslation("seminar.audience.join-heading")), box);
    }

    /**
     * Someone without an account, in a session that does not take guests now: why, and the session followed, so
     * that the name form appears as soon as the leader lets guests in. Nothing changes on screen while she does not.
     */
    private void showNotOpenToGuests(GuestJoin.NotOpenToGuests notOpen) {
        if (guestPage instanceof GuestJoin.NotOpenToGuests && sessionId == notOpen.sessionId()) {
            return;
        }
        Paragraph waiting = new Paragraph(getTranslation("seminar.guest.waiting"));
        waiting.setId("guest-waiting");
        showJoinForm(Translated.text(notOpen.message()), waiting);
        guestPage = notOpen;
        follow(notOpen.sessionId());
    }

    /** The join code form, with why the code did not let her in and anything more to say under it. */
    private void showJoinForm(String problem, Component... saidUnderTheProblem) {
        live.stop();
        sessionId = -1;
        guestPage = null;
        form = null;
        removeAll();
        TextField code = new TextField(getTranslation("seminar.audience.join-code"));
        code.setId("live-code");
        code.setValue(joinCode);
        code.setHelperText(getTranslation("seminar.audience.join-code-helper"));
        Button join = new Button(getTranslation("seminar.audience.join"), click -> getUI().ifPresent(ui -> ui.navigate(
                SeminarPages.phone(code.getValue()))));
        join.setId("live-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph message = new Paragraph(problem);
        message.setId("live-message");
        message.addClassName("error");
        message.getElement().setAttribute("role", "status");
        Div box = new Div(code, join, message);
        box.add(saidUnderTheProblem);
        box.addClassNames("course-card", "join-form");
        if (!authentication.isAuthenticated()) {
            Anchor signIn = new Anchor(LiveAfterSignInView.signInFor(joinCode),
                    getTranslation("seminar.audience.sign-in"));
            signIn.setId("live-sign-in");
            box.add(signIn);
        }
        add(new H1(getTranslation("seminar.audience.join-heading")), box);
    }

    private AnswerOutcome send(String stepKey, String body, @Nullable String choiceKey) {
        return guestToken != null
                ? guests.answer(joinCode, guestToken, stepKey, body, choiceKey)
                : audience.answer(joinCode, stepKey, body, choiceKey);
    }
}
