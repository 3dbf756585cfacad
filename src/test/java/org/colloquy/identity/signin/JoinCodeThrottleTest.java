package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.colloquy.base.i18n.Text;
import org.colloquy.identity.signin.LoginThrottleTest.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The join-code limit's numbers (decision 0050), on the sign-in throttle's counters kept in memory here. */
class JoinCodeThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final JoinCodeThrottle throttle = new JoinCodeThrottle(clock, new InMemoryFailureLedger(),
            mock(PlatformTransactionManager.class), contexts, JoinCodeThrottle.perAddress(),
            JoinCodeThrottle.perAccount());

    @AfterEach
    void forget() {
        contexts.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_student_who_typed_ten_wrong_codes_waits_a_minute_and_may_try_one_more_after_it() {
        signedInAs("ana");
        for (int i = 0; i < 9; i++) {
            throttle.wrongCode();
        }
        assertThat(throttle.refusal()).as("under the limit nobody is refused").isEmpty();

        throttle.wrongCode();

        assertThat(throttle.refusal()).contains(Text.of("account.join-code.paused-account", 1L));
        assertThat(throttle.refusal().orElseThrow().english()).startsWith("You have tried too many codes")
                .contains("Try again in about a minute");
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusal()).isEmpty();
        throttle.wrongCode();
        assertThat(throttle.refusal()).as("one forgiven a minute, not a fresh burst").isPresent();
    }

    @Test
    void an_address_with_nobody_signed_in_takes_a_hundred_wrong_codes_then_pauses_guests_there_but_no_signed_in_student() {
        from("198.51.100.30");
        for (int i = 0; i < 99; i++) {
            throttle.wrongCode();
        }
        assertThat(throttle.refusal()).isEmpty();

        throttle.wrongCode();

        assertThat(throttle.refusal()).as("a guest at that address waits")
                .contains(Text.of("account.join-code.paused", 1L));
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.refusal()).as("one forgiven every 5 seconds").isEmpty();
        throttle.wrongCode();
        signedInAs("ben");
        assertThat(throttle.refusal()).as("a signed-in student answers for her own account only").isEmpty();
        from("198.51.100.31");
        contexts.clearContext();
        assertThat(throttle.refusal()).as("another address is not paused").isEmpty();
    }

    @Test
    void wrong_codes_typed_while_signed_in_count_against_the_account_not_the_shared_address() {
        from("198.51.100.40");
        signedInAs("chen");
        for (int i = 0; i < 10; i++) {
            throttle.wrongCode();
        }
        assertThat(throttle.refusal()).as("chen waits").isPresent();

        contexts.clearContext();

        assertThat(throttle.refusal()).as("a guest at chen's address is not held up by chen's typos").isEmpty();
    }

    @Test
    void the_wait_is_said_in_whole_minutes_rounded_up() {
        Instant now = clock.instant();

        assertThat(JoinCodeThrottle.minutesToWait(now, now.plusSeconds(5))).isEqualTo(1);
        assertThat(JoinCodeThrottle.minutesToWait(now, now.plusSeconds(61))).isEqualTo(2);
        assertThat(Text.of("account.join-code.paused", 3L).english()).contains("Try again in 3 minutes");
    }

    private void signedInAs(String username) {
        contexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
