package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.colloquy.seminar.audience.ui.AudienceView;
import org.colloquy.seminar.console.ui.PresenterView;
import org.colloquy.seminar.screen.ui.ProjectorView;
import org.colloquy.seminar.session.ui.SeminarStartView;

/**
 * Session state lives in the database: a phone, a console or a projector that reloads (a new window of the same
 * person, as a browser's reload builds a new UI) comes back to the current prompt, with the student's own answer.
 */
@IntegrationTest
class LiveSeminarReloadTest {

    private static final String ANA_WRITES = "Trade came first; trust followed the trade.";

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;

    SecuredBrowserlessApplicationContext<Authentication> app;
    UserRef leader;
    UserRef ana;
    SessionSummary session;

    @BeforeEach
    void aLeaderRunsTheOpenPrompt() {
        accounts.useThisApplicationsSecurityContext();
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.colloquy.seminar");
        leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        session = roomService.start("sino-russian-relations", "three-stages");
        for (int i = 0; i < 3; i++) {
            consoleService.next(session.id());
        }
        accounts.signOut();
        ana = accounts.create("ana-reloads", Role.STUDENT);
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
        TestAccounts.signOutEverywhere();
    }

    @Test
    void a_phone_reloaded_after_answering_shows_her_answer_as_received_and_lets_her_change_it() {
        BrowserlessUIContext phone = phoneOf(ana);
        phone.test(phone.find(TextArea.class).id("live-answer")).setValue(ANA_WRITES);
        phone.test(phone.find(Button.class).id("live-send")).click();

        BrowserlessUIContext reloaded = phoneOf(ana);

        assertThat(reloaded.find(TextArea.class).id("live-answer").getValue()).isEqualTo(ANA_WRITES);
        assertThat(reloaded.find(Paragraph.class).id("live-status").getText()).startsWith("Received.");
        assertThat(reloaded.find(Button.class).id("live-send").getText()).isEqualTo("Change my answer");
        assertThat(reloaded.find(H1.class).withClassName("audience-where").single().getText())
                .endsWith("question 4 of 6");
    }

    @Test
    void a_console_and_a_projector_reloaded_come_back_to_the_current_prompt_and_count() {
        BrowserlessUIContext phone = phoneOf(ana);
        phone.test(phone.find(TextArea.class).id("live-answer")).setValue(ANA_WRITES);
        phone.test(phone.find(Button.class).id("live-send")).click();

        BrowserlessUIContext console = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        console.navigate("seminar/" + session.id() + "/present", PresenterView.class);
        BrowserlessUIContext projector = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projector.navigate("seminar/" + session.id() + "/project", ProjectorView.class);

        assertThat(console.find(Paragraph.class).id("presenter-status").getText()).startsWith("Prompt 4 of 6");
        assertThat(console.find(H2.class).id("answer-count").getText()).isEqualTo("Answers (1)");
        assertThat(projector.find(H1.class).withClassName("projector-number").single().getText())
                .isEqualTo("Question 4 of 6");
        assertThat(projector.find(Paragraph.class).id("projector-answer-count").getText()).isEqualTo("1 answer");
    }

    private BrowserlessUIContext phoneOf(UserRef student) {
        BrowserlessUIContext phone = app.newUser(student.username(), "STUDENT").newWindow();
        phone.navigate("live/" + session.joinCode(), AudienceView.class);
        return phone;
    }
}
