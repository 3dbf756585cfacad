package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.audience.ui.AudienceView;
import org.colloquy.seminar.screen.ui.ProjectorView;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/**
 * A live view that missed an update catches up by itself (decision 0047): a change this node never heard of (made on
 * another node while the relay was cut, or a push lost with a dying connection) moves the room's version on, and the
 * view's next poll, one read of that version, finds it behind and re-reads the room. Phones poll too.
 */
@IntegrationTest
class LiveViewsCatchUpTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestAccounts accounts;
    @Autowired
    LiveSessionService sessions;
    @Autowired
    JdbcTemplate jdbc;

    SecuredBrowserlessApplicationContext<Authentication> app;
    UserRef leader;
    SessionSummary room;

    @BeforeEach
    void aLeaderRunsTheFirstPrompt() {
        accounts.useThisApplicationsSecurityContext();
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.colloquy.seminar");
        leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        room = sessions.start("sino-russian-relations", "three-stages");
        accounts.signOut();
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
        TestAccounts.signOutEverywhere();
    }

    @Test
    void a_phone_that_missed_the_next_prompt_shows_it_after_its_next_poll() {
        BrowserlessUIContext phone = app.newUser(accounts.create("ana", Role.STUDENT).username(), "STUDENT")
                .newWindow();
        phone.navigate("live/" + room.joinCode(), AudienceView.class);
        poll(phone);
        assertThat(where(phone)).endsWith("question 1 of 6");

        anotherNodeMovesTheRoomOnUnheard();
        assertThat(where(phone)).as("nothing told this node").endsWith("question 1 of 6");
        poll(phone);

        assertThat(where(phone)).endsWith("question 2 of 6");
    }

    @Test
    void a_projector_that_missed_the_next_prompt_shows_it_after_its_next_poll() {
        BrowserlessUIContext projector = app.newUser(leader.username(), "SEMINAR_LEADER").newWindow();
        projector.navigate("seminar/" + room.id() + "/project", ProjectorView.class);
        poll(projector);

        anotherNodeMovesTheRoomOnUnheard();
        poll(projector);

        assertThat(projector.find(H1.class).withClassName("projector-number").single().getText())
                .isEqualTo("Question 2 of 6");
    }

    /** What a node whose relay was cut never hears of: the row changes and its version moves on, no event here. */
    private void anotherNodeMovesTheRoomOnUnheard() {
        jdbc.update("update seminar_session set prompt_index = 1, live_version = live_version + 1 where id = ?",
                room.id());
    }

    private static void poll(BrowserlessUIContext window) {
        UI ui = window.getUI();
        ui.accessSynchronously(() -> ComponentUtil.fireEvent(ui, new PollEvent(ui, true)));
    }

    private static String where(BrowserlessUIContext phone) {
        return phone.find(H1.class).withClassName("audience-where").single().getText();
    }
}
