package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.colloquy.security.WebVisitor.SESSION_COOKIE;
import static org.colloquy.security.WebVisitor.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Signing in and out through the real form login, over HTTP, as a browser or an attacker would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:login-over-http;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class LoginOverHttpTest {

    private static final String PASSWORD = "test-password";
    private static final String KNOWN_DEVICE = "colloquy-known-device";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void aStudentSignsInWithTheFormsCsrfTokenAndReachesHerWork() throws Exception {
        UserRef student = accounts.create("csrf-ok", Role.STUDENT);
        WebVisitor browser = new WebVisitor(port);

        HttpResponse<String> signIn = browser.signIn(student.username(), PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).doesNotContain("login");
        assertThat(browser.get("my-work").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndNotSentWithCrossSitePosts() throws Exception {
        HttpResponse<String> page = new WebVisitor(port).get("login");

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith(SESSION_COOKIE))
                .singleElement().asString().contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aSignInPostedWithoutACsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        UserRef student = accounts.create("csrf-missing", Role.STUDENT);
        WebVisitor attackerPage = new WebVisitor(port);
        attackerPage.get("login");

        HttpResponse<String> signIn = attackerPage.postForm("login",
                Map.of("username", student.username(), "password", PASSWORD));

        assertThat(location(signIn)).endsWith("/login?expired");
        assertThat(isSignedIn(attackerPage)).isFalse();
    }

    @Test
    void aSignInWithAForgedCsrfTokenIsRefused() throws Exception {
        UserRef student = accounts.create("csrf-forged", Role.STUDENT);
        WebVisitor attackerPage = new WebVisitor(port);
        attackerPage.get("login");

        HttpResponse<String> signIn = attackerPage.postForm("login",
                Map.of("username", student.username(), "password", PASSWORD, "_csrf", "forged-token"));

        assertThat(location(signIn)).endsWith("/login?expired");
        assertThat(isSignedIn(attackerPage)).isFalse();
    }

    @Test
    void theSessionIdChangesAtSignInSoAPlantedSessionIsWorthNothing() throws Exception {
        UserRef student = accounts.create("fixation", Role.STUDENT);
        WebVisitor victim = new WebVisitor(port);
        victim.get("login");
        String planted = victim.cookie(SESSION_COOKIE).orElseThrow();

        victim.signIn(student.username(), PASSWORD);

        assertThat(victim.cookie(SESSION_COOKIE)).isPresent().get().isNotEqualTo(planted);
        WebVisitor attacker = new WebVisitor(port);
        attacker.setCookie(SESSION_COOKIE, planted);
        assertThat(isSignedIn(attacker)).isFalse();
        assertThat(isSignedIn(victim)).isTrue();
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieNoLongerWorks() throws Exception {
        UserRef student = accounts.create("sign-out", Role.STUDENT);
        WebVisitor browser = new WebVisitor(port);
        browser.signIn(student.username(), PASSWORD);
        String session = browser.cookie(SESSION_COOKIE).orElseThrow();
        String csrf = WebVisitor.csrfTokenOf(browser.get("my-work").body());

        HttpResponse<String> signOut = browser.postForm("logout", Map.of("_csrf", csrf));

        assertThat(signOut.statusCode()).isEqualTo(302);
        WebVisitor replay = new WebVisitor(port);
        replay.setCookie(SESSION_COOKIE, session);
        assertThat(isSignedIn(replay)).isFalse();
    }

    @Test
    void aSignInRemembersTheDeviceInACookieHiddenFromScriptsAndOtherSites() throws Exception {
        UserRef student = accounts.create("device", Role.STUDENT);

        HttpResponse<String> signIn = new WebVisitor(port).signIn(student.username(), PASSWORD);

        assertThat(signIn.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith(KNOWN_DEVICE))
                .singleElement().asString().contains("HttpOnly").contains("SameSite=Strict").contains("Max-Age=");
    }

    @Test
    void herDeviceSignsInWhileAStrangerOnTheSameNetworkHasPausedHerAccountThere() throws Exception {
        UserRef student = accounts.create("known-device", Role.STUDENT);
        WebVisitor herLaptop = new WebVisitor(port);
        herLaptop.signIn(student.username(), PASSWORD);
        WebVisitor stranger = new WebVisitor(port);
        for (int i = 1; i <= 5; i++) {
            stranger.signIn(student.username(), "guess-" + i);
        }
        assertThat(location(stranger.signIn(student.username(), PASSWORD))).endsWith("/login?paused");

        WebVisitor herLaptopLater = new WebVisitor(port);
        herLaptopLater.setCookie(KNOWN_DEVICE, herLaptop.cookie(KNOWN_DEVICE).orElseThrow());

        assertThat(location(herLaptopLater.signIn(student.username(), PASSWORD))).doesNotContain("login");
        assertThat(isSignedIn(herLaptopLater)).isTrue();
    }

    @Test
    void aControlCharacterBeforeOrAfterThePausedNameIsPausedToo() throws Exception {
        UserRef student = accounts.create("control", Role.STUDENT);
        WebVisitor attacker = new WebVisitor(port);
        for (int i = 1; i <= 5; i++) {
            attacker.signIn(student.username(), "guess-" + i);
        }

        for (String variant : new String[] {student.username() + "\u0001", "\u0001" + student.username(),
                student.username().toUpperCase(), "\u00A0" + student.username()}) {
            WebVisitor owner = new WebVisitor(port);
            assertThat(location(owner.signIn(variant, PASSWORD))).as(variant).endsWith("/login?paused");
            assertThat(isSignedIn(owner)).isFalse();
        }
    }

    @Test
    void theNameInCapitalsSignsInToHerOwnAccount() throws Exception {
        UserRef student = accounts.create("capitals", Role.STUDENT);
        WebVisitor browser = new WebVisitor(port);

        assertThat(location(browser.signIn(student.username().toUpperCase(), PASSWORD))).doesNotContain("login");
        assertThat(isSignedIn(browser)).isTrue();
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountAtThatAddressAndEvenTheRightOneFromANewDeviceIsThenRefused()
            throws Exception {
        UserRef student = accounts.create("guessed", Role.STUDENT);
        WebVisitor attacker = new WebVisitor(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(location(attacker.signIn(student.username(), "guess-" + i))).as("guess " + i)
                    .endsWith("/login?error");
        }
        assertThat(location(attacker.signIn(student.username(), "guess-5"))).endsWith("/login?paused");

        WebVisitor owner = new WebVisitor(port);
        HttpResponse<String> rightPassword = owner.signIn(student.username(), PASSWORD);

        assertThat(location(rightPassword)).endsWith("/login?paused");
        assertThat(isSignedIn(owner)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCountOfWrongPasswords() throws Exception {
        UserRef student = accounts.create("forgetful", Role.STUDENT);
        WebVisitor browser = new WebVisitor(port);
        for (int i = 0; i < 4; i++) {
            browser.signIn(student.username(), "typo");
        }
        assertThat(location(browser.signIn(student.username(), PASSWORD))).doesNotContain("login");

        WebVisitor later = new WebVisitor(port);
        for (int i = 0; i < 4; i++) {
            assertThat(location(later.signIn(student.username(), "typo"))).endsWith("/login?error");
        }
    }

    private static boolean isSignedIn(WebVisitor visitor) throws Exception {
        HttpResponse<String> myWork = visitor.get("my-work");
        return myWork.statusCode() == 200;
    }
}
