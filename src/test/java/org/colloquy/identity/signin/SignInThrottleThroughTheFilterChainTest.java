package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.ui.SignedInBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The throttle through the real security filter chain, with sign-ins from several addresses; a school address here
 * takes 6 failures an hour, so that reaching it is quick.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in-throttle;DB_CLOSE_DELAY=-1",
        "colloquy.sign-in.failures-per-address-per-hour=6"})
@ActiveProfiles("test")
class SignInThrottleThroughTheFilterChainTest {

    private static final String PASSWORD = "her-own-password";
    private static final String HOME = "203.0.113.7";
    private static final String SCHOOL = "198.51.100.20";
    private static final String STRANGER = "192.0.2.66";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestAccounts accounts;

    private MockMvc mvc;
    private String ana;

    @BeforeEach
    void anaHasAnAccount() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        ana = "ana-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createExactly(ana, "Ana", PASSWORD, Role.STUDENT);
    }

    @Test
    void aStrangersGuessesFromHisAddressDoNotStopHerAtHers() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(ana, "guess-" + i, STRANGER, null);
        }
        assertThat(signIn(ana, PASSWORD, STRANGER, null).getRedirectedUrl()).endsWith("/login?paused");

        assertThat(signedIn(signIn(ana, PASSWORD, HOME, null))).isTrue();
    }

    @Test
    void aStrangerAtHerSchoolPausesNewDevicesThereButNotTheLaptopSheSignedInOnBefore() throws Exception {
        Cookie laptop = signIn(ana, PASSWORD, HOME, null).getCookie(KnownDevices.COOKIE);
        assertThat(laptop).isNotNull();
        for (int i = 0; i < 5; i++) {
            signIn(ana, "guess-" + i, SCHOOL, null);
        }

        assertThat(signIn(ana, PASSWORD, SCHOOL, null).getRedirectedUrl()).as("a school computer")
                .endsWith("/login?paused");
        assertThat(signedIn(signIn(ana, PASSWORD, SCHOOL, laptop))).as("her laptop at school").isTrue();
    }

    @Test
    void guessesFromManyAddressesPauseHerAccountOnNewDevicesButNotOnHerOwn() throws Exception {
        Cookie phone = signIn(ana, PASSWORD, HOME, null).getCookie(KnownDevices.COOKIE);
        for (int i = 0; i < 20; i++) {
            signIn(ana, "guess-" + i, "10.1.0." + i, null);
        }

        assertThat(signIn(ana, PASSWORD, "10.2.0.1", null).getRedirectedUrl()).endsWith("/login?paused");
        assertThat(signedIn(signIn(ana, PASSWORD, HOME, phone))).isTrue();
    }

    @Test
    void aSchoolAddressPastItsHourlyFailuresPausesItsNewDevicesOnly() throws Exception {
        Cookie laptop = signIn(ana, PASSWORD, HOME, null).getCookie(KnownDevices.COOKIE);
        for (int i = 0; i < 6; i++) {
            signIn("student-" + i + "-" + ana, "typo", SCHOOL, null);
        }

        assertThat(signIn(ana, PASSWORD, SCHOOL, null).getRedirectedUrl()).endsWith("/login?paused");
        assertThat(signedIn(signIn(ana, PASSWORD, HOME, null))).as("from home").isTrue();
        assertThat(signedIn(signIn(ana, PASSWORD, SCHOOL, laptop))).as("her laptop at school").isTrue();
    }

    @Test
    void aKnownDeviceThatGuessesWrongIsPausedItself() throws Exception {
        Cookie stolen = signIn(ana, PASSWORD, HOME, null).getCookie(KnownDevices.COOKIE);
        for (int i = 0; i < 5; i++) {
            signIn(ana, "guess-" + i, STRANGER, stolen);
        }

        assertThat(signIn(ana, PASSWORD, STRANGER, stolen).getRedirectedUrl()).endsWith("/login?paused");
        assertThat(signedIn(signIn(ana, PASSWORD, HOME, null))).as("the guesses were not the account's").isTrue();
    }

    @Test
    void aControlCharacterAfterHerNameIsNoFreshThrottleKey() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(ana, "guess-" + i, STRANGER, null);
        }
        for (String variant : new String[] {ana + "\u0001", "\u0001" + ana, ana.toUpperCase(), " " + ana + "\u00A0"}) {
            assertThat(signIn(variant, PASSWORD, STRANGER, null).getRedirectedUrl()).as(variant)
                    .endsWith("/login?paused");
        }
    }

    @Test
    void signingInMarksTheBrowserAsSignedInAndSigningOutOnPurposeForgetsIt() throws Exception {
        Cookie mark = signIn(ana, PASSWORD, HOME, null).getCookie(SignedInBrowser.COOKIE);
        assertThat(mark).isNotNull();
        assertThat(mark.isHttpOnly()).isTrue();

        MockHttpServletResponse signedOut = mvc.perform(post("/logout").with(csrf()).with(user(ana)).cookie(mark))
                .andReturn().getResponse();

        Cookie cleared = signedOut.getCookie(SignedInBrowser.COOKIE);
        assertThat(cleared).isNotNull();
        assertThat(cleared.getMaxAge()).isZero();
    }

    private MockHttpServletResponse signIn(String username, String password, String address, Cookie device)
            throws Exception {
        var request = post("/login").param("username", username).param("password", password).with(csrf())
                .with(from -> {
                    from.setRemoteAddr(address);
                    return from;
                });
        if (device != null) {
            request.cookie(device);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean signedIn(MockHttpServletResponse response) {
        String to = response.getRedirectedUrl();
        return to != null && !to.contains("login");
    }
}
