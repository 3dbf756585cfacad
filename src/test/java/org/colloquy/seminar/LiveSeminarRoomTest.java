package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.colloquy.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.session.LessonToRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.colloquy.seminar.audience.ui.AudienceView;
import org.colloquy.seminar.screen.ui.ProjectorView;
import org.colloquy.seminar.session.ui.SeminarStartView;
import com.vaadin.flow.component.html.Main;

/** A leader, the room's projector and two students, each in their own browserless window, in one live session. */
@IntegrationTest
class LiveSeminarRoomTest {

    private static final String ANA_WRITES = "Trade first, then trust.";
    private static final String BEN_WRITES = "Something the room should not see.";

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestAccounts accounts;

    SecuredBrowserlessApplicationContext<Authentication> app;
    UserRef leader;
    UserRef ana;
    UserRef ben;

    @BeforeEach
    void openTheRoom() {
        accounts.useThisApplicationsSecurityContext();
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.colloquy.seminar");
        leader = accounts.create("leader", Role.SEMINAR_LEADER);
        ana = accounts.create("ana-quillfeather", Role.STUDENT);
        ben = accounts.create("ben-marchbanks", Role.STUDENT);
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
        TestAccounts.signOutEverywhere();
    }

    @Test
    void answers_reach_the_leader_live_and_the_projector_shows_only_what_she_approved_and_revealed() {
        BrowserlessUIContext console = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        String projectorRoute = startOnTheOpenPrompt(console);
        String code = console.find(Span.class).id("presenter-join-code").getText();
        BrowserlessUIContext projector = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projector.navigate(projectorRoute, ProjectorView.class);
        BrowserlessUIContext anaPhone = join(ana, code);
        BrowserlessUIContext benPhone = join(ben, code);

        answer(anaPhone, ANA_WRITES);
        answer(benPhone, BEN_WRITES);

        assertThat(anaPhone.find(Paragraph.class).id("live-status").getText()).startsWith("Received.");
        assertThat(console.find(H2.class).id("answer-count").getText()).isEqualTo("Answers (2)");
        assertThat(rowOf(console, ANA_WRITES).getElement().getTextRecursively()).contains("ana-quillfeather");
        assertThat(projector.find(Paragraph.class).id("projector-answer-count").getText()).isEqualTo("2 answers");
        assertThat(everythingIn(projector)).contains("enter the code").doesNotContain(ANA_WRITES, BEN_WRITES);

        console.test(console.find(Button.class).id("approve-" + answerId(rowOf(console, ANA_WRITES)))).click();
        assertThat(everythingIn(projector)).doesNotContain(ANA_WRITES, BEN_WRITES);

        console.test(console.find(Button.class).id("toggle-reveal")).click();
        assertThat(everythingIn(projector)).contains(ANA_WRITES).doesNotContain(BEN_WRITES, "ana-quillfeather", "ben-marchbanks");

        console.test(console.find(Button.class).id("prompt-next")).click();
        assertThat(anaPhone.find(H1.class).withClassName("audience-where").single().getText())
                .endsWith("question 5 of 6");
        assertThat(everythingIn(projector)).doesNotContain(ANA_WRITES);
    }

    @Test
    void a_live_answer_longer_than_the_limit_is_refused_on_the_phone_and_kept_whole_not_cut_and_received() {
        BrowserlessUIContext console = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        startOnTheOpenPrompt(console);
        String code = console.find(Span.class).id("presenter-join-code").getText();
        BrowserlessUIContext anaPhone = join(ana, code);
        TextArea field = anaPhone.find(TextArea.class).id("live-answer");
        assertThat(field.getHelperText()).isEqualTo("Up to 2,000 characters.");
        String longAnswer = "Trade first. ".repeat(160) + "Then trust.";

        answer(anaPhone, longAnswer);

        assertThat(field.getValue()).isEqualTo(longAnswer);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("2,091 characters: 91 over the limit of 2,000.");
        assertThat(anaPhone.find(Paragraph.class).id("live-status").getText())
                .startsWith("Live answers are kept short for the room: this one is 2,091 characters")
                .doesNotContain("Received");
        assertThat(console.find(H2.class).id("answer-count").getText()).isEqualTo("Answers (0)");
    }

    @Test
    void approve_all_waiting_puts_every_answer_the_console_shows_on_the_projector_at_once() {
        BrowserlessUIContext console = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        String projectorRoute = startOnTheOpenPrompt(console);
        String code = console.find(Span.class).id("presenter-join-code").getText();
        BrowserlessUIContext projector = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projector.navigate(projectorRoute, ProjectorView.class);
        assertThat(console.find(Button.class).withId("bulk-approve").exists()).as("shown with nothing waiting").isFalse();
        answer(join(ana, code), ANA_WRITES);
        answer(join(ben, code), BEN_WRITES);
        console.test(console.find(Button.class).id("toggle-reveal")).click();
        assertThat(everythingIn(projector)).doesNotContain(ANA_WRITES, BEN_WRITES);

        Button approveAll = console.find(Button.class).id("bulk-approve");
        assertThat(approveAll.isVisible()).isTrue();
        assertThat(approveAll.getText()).isEqualTo("Approve all 2 waiting");
        console.test(approveAll).click();

        assertThat(rowOf(console, ANA_WRITES).getElement().getTextRecursively()).contains("Approved");
        assertThat(rowOf(console, BEN_WRITES).getElement().getTextRecursively()).contains("Approved");
        assertThat(console.find(Button.class).withId("bulk-approve").exists()).as("shown with nothing left waiting")
                .isFalse();
        assertThat(everythingIn(projector)).contains(ANA_WRITES, BEN_WRITES).doesNotContain("ana-quillfeather");
    }

    @Test
    void the_session_ends_only_after_the_leader_confirms_what_ending_does() {
        BrowserlessUIContext console = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        String projectorRoute = startOnTheOpenPrompt(console);
        String code = console.find(Span.class).id("presenter-join-code").getText();
        BrowserlessUIContext projector = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projector.navigate(projectorRoute, ProjectorView.class);

        console.test(console.find(Button.class).id("end-session")).click();

        Dialog confirmation = console.find(Dialog.class).id("end-session-dialog");
        assertThat(confirmation.isOpened()).isTrue();
        assertThat(confirmation.getHeaderTitle()).isEqualTo("End this session?");
        assertThat(confirmation.getRole()).isEqualTo("alertdialog");
        assertThat(console.find(Paragraph.class).id("end-session-consequences").getText())
                .contains("phones stop taking answers", "cannot be opened again", "answers given so far are kept");
        assertThat(everythingIn(projector)).as("nothing ended yet").doesNotContain("This session has ended");

        console.test(console.find(Button.class).id("end-session-keep")).click();
        assertThat(console.find(Dialog.class).withId("end-session-dialog").exists()).as("still open").isFalse();
        answer(join(ana, code), ANA_WRITES);
        assertThat(console.find(H2.class).id("answer-count").getText()).as("the session still runs").isEqualTo("Answers (1)");

        console.test(console.find(Button.class).id("end-session")).click();
        console.test(console.find(Button.class).id("end-session-confirm")).click();

        assertThat(everythingIn(console)).contains("This session has ended.");
        assertThat(projector.find(H1.class).withClassName("projector-ended").single().getText())
                .startsWith("This session has ended.");
    }

    @Test
    void a_wrong_code_says_so_on_the_phone() {
        BrowserlessUIContext phone = app.newUser(ana.username(), "STUDENT").newWindow();

        phone.navigate("live/ZZZZZZ", AudienceView.class);

        assertThat(phone.find(Paragraph.class).id("live-message").getText())
                .isEqualTo("No live session has the code ZZZZZZ. Check the code on the screen and try again.");
    }

    /** Starts a session of the lesson “three-stages” and moves to its first open prompt; the projector's route. */
    @SuppressWarnings("unchecked")
    static String startOnTheOpenPrompt(BrowserlessUIContext console) {
        console.navigate(SeminarStartView.class);
        Select<LessonToRun> lesson = console.find(Select.class).id("seminar-lesson");
        lesson.setValue(lesson.getListDataView().getItems()
                .filter(candidate -> candidate.lessonKey().equals("three-stages")).findFirst().orElseThrow());
        console.test(console.find(Button.class).id("start-seminar")).click();
        for (int i = 0; i < 3; i++) {
            console.test(console.find(Button.class).id("prompt-next")).click();
        }
        assertThat(console.find(Paragraph.class).id("presenter-status").getText()).startsWith("Prompt 4 of 6");
        return console.find(Anchor.class).id("open-projector").getHref();
    }

    private BrowserlessUIContext join(UserRef student, String code) {
        BrowserlessUIContext phone = app.newUser(student.username(), "STUDENT").newWindow();
        phone.navigate("live/" + code, AudienceView.class);
        return phone;
    }

    static void answer(BrowserlessUIContext phone, String text) {
        phone.test(phone.find(TextArea.class).id("live-answer")).setValue(text);
        phone.test(phone.find(Button.class).id("live-send")).click();
    }

    static Div rowOf(BrowserlessUIContext console, String text) {
        return console.find(Div.class).withClassName("live-answer").all().stream()
                .filter(row -> row.getElement().getTextRecursively().contains(text)).findFirst().orElseThrow();
    }

    static String answerId(Div row) {
        return row.getId().orElseThrow().substring("answer-".length());
    }

    /**
     * Everything in the window's component tree, shown or not: text, attributes and properties, with the SVG of
     * data URLs decoded. This is what the browser would receive.
     */
    static String everythingIn(BrowserlessUIContext window) {
        StringBuilder sent = new StringBuilder();
        collect(window.find(Main.class).id("main-content").getElement(), sent);
        return sent.toString();
    }

    private static void collect(Element element, StringBuilder sent) {
        if (element.isTextNode()) {
            sent.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().forEach(name -> sent.append(decoded(element.getAttribute(name))).append('\n'));
        element.getPropertyNames().forEach(name -> sent.append(element.getPropertyRaw(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, sent));
    }

    private static String decoded(@Nullable String value) {
        String svg = "data:image/svg+xml;base64,";
        if (value != null && value.startsWith(svg)) {
            return new String(Base64.getDecoder().decode(value.substring(svg.length())), StandardCharsets.UTF_8);
        }
        return String.valueOf(value);
    }
}
