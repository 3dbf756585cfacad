package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.colloquy.identity.signin.LoginThrottleTest.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class KnownDevicesTest {

    private static final String KEY = "a-device-key-of-at-least-32-characters";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final KnownDevices devices = new KnownDevices(clock, KEY);

    @Test
    void aDeviceThatSignedInIsKnownForThatAccountInAnyFormOfItsName() {
        Cookie cookie = signIn("ana", null);

        assertThat(devices.recognise(carrying(cookie), "ana")).isPresent();
        assertThat(devices.recognise(carrying(cookie), "ANA\u0001")).isPresent();
        assertThat(devices.recognise(carrying(cookie), "ben")).as("another account").isEmpty();
        assertThat(devices.recognise(new MockHttpServletRequest(), "ana")).as("another device").isEmpty();
    }

    @Test
    void theCookieIsHiddenFromScriptsStaysOnThisSiteAndNamesNoAccount() {
        Cookie cookie = signIn("ana", null);

        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(cookie.getMaxAge()).isEqualTo((int) Duration.ofDays(180).toSeconds());
        assertThat(cookie.getValue()).doesNotContainIgnoringCase("ana");
    }

    @Test
    void aForgedOrAlteredMarkIsNotKnown() {
        Cookie cookie = signIn("ana", null);
        String value = cookie.getValue();
        String altered = value.substring(0, value.length() - 2) + (value.endsWith("A") ? "BB" : "AA");

        assertThat(devices.recognise(carrying(new Cookie(KnownDevices.COOKIE, altered)), "ana")).isEmpty();
        assertThat(devices.recognise(carrying(new Cookie(KnownDevices.COOKIE, "garbage~1.x~.~")), "ana")).isEmpty();
        KnownDevices anotherServer = new KnownDevices(clock, "another-device-key-of-32-characters-or-more");
        assertThat(anotherServer.recognise(carrying(cookie), "ana")).as("signed with another key").isEmpty();
    }

    @Test
    void aDeviceIsForgottenHalfAYearAfterItLastSignedIn() {
        Cookie cookie = signIn("ana", null);
        clock.advance(Duration.ofDays(180));
        assertThat(devices.recognise(carrying(cookie), "ana")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(devices.recognise(carrying(cookie), "ana")).isEmpty();
    }

    @Test
    void aSharedComputerRemembersTheLastFiveAccountsSignedInOnIt() {
        Cookie cookie = null;
        for (String account : new String[] {"ana", "ben", "chen", "dora", "emil", "fay"}) {
            cookie = signIn(account, cookie);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(devices.recognise(carrying(cookie), "ana")).as("the oldest").isEmpty();
        for (String account : new String[] {"ben", "chen", "dora", "emil", "fay"}) {
            assertThat(devices.recognise(carrying(cookie), account)).as(account).isPresent();
        }
    }

    @Test
    void signingInAgainRenewsTheMarkRatherThanAddingOne() {
        Cookie first = signIn("ana", null);
        clock.advance(Duration.ofDays(100));
        Cookie renewed = signIn("ana", first);
        clock.advance(Duration.ofDays(100));

        assertThat(renewed.getValue()).doesNotContain("~");
        assertThat(devices.recognise(carrying(renewed), "ana")).isPresent();
    }

    @Test
    void aDeviceKeyTooShortToBeSecretStopsTheStart() {
        assertThatThrownBy(() -> new KnownDevices(clock, "short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 characters");
    }

    private Cookie signIn(String account, Cookie before) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        devices.remember(before == null ? new MockHttpServletRequest() : carrying(before), response, account);
        return response.getCookie(KnownDevices.COOKIE);
    }

    private static MockHttpServletRequest carrying(Cookie cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(cookie);
        return request;
    }
}
