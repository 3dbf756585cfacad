package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.security.WebVisitor.location;

import java.net.http.HttpResponse;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A deactivated account over HTTP (decision 0043): refused at sign-in, and an open session ends at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:deactivated-over-http;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class DeactivatedAccountOverHttpTest {

    private static final String PASSWORD = "test-password";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountAdministration administration;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_deactivated_person_who_signs_in_with_her_right_password_is_told_her_account_is_deactivated()
            throws Exception {
        UserRef student = accounts.create("leaver", Role.STUDENT);
        deactivate(student);

        HttpResponse<String> signIn = new WebVisitor(port).signIn(student.username(), PASSWORD);

        assertThat(location(signIn)).endsWith("/login?deactivated");
    }

    @Test
    void a_wrong_password_for_a_deactivated_account_says_only_that_the_password_is_wrong() throws Exception {
        UserRef student = accounts.create("leaver-guessed", Role.STUDENT);
        deactivate(student);

        HttpResponse<String> signIn = new WebVisitor(port).signIn(student.username(), "wrong-password");

        assertThat(location(signIn)).endsWith("/login?error");
    }

    @Test
    void the_open_session_of_a_person_who_is_deactivated_ends_at_her_next_request() throws Exception {
        UserRef student = accounts.create("signed-in-leaver", Role.STUDENT);
        WebVisitor browser = new WebVisitor(port);
        browser.signIn(student.username(), PASSWORD);
        assertThat(browser.get("my-work").statusCode()).isEqualTo(200);

        deactivate(student);

        HttpResponse<String> next = browser.get("my-work");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login?deactivated");
        assertThat(location(browser.get("my-work"))).contains("/login");
    }

    @Test
    void a_reactivated_person_signs_in_again_and_her_sign_in_is_recorded() throws Exception {
        UserRef student = accounts.create("returner", Role.STUDENT);
        deactivate(student);
        accounts.signIn(accounts.create("admin", Role.ADMIN));
        administration.reactivate(student.id());

        HttpResponse<String> signIn = new WebVisitor(port).signIn(student.username(), PASSWORD);

        assertThat(location(signIn)).doesNotContain("login");
        assertThat(accounts.stored(student.username()).orElseThrow().getLastSignInAt()).isNotNull();
    }

    private void deactivate(UserRef person) {
        accounts.signIn(accounts.create("admin", Role.ADMIN));
        administration.deactivate(person.id());
        accounts.signOut();
    }
}
