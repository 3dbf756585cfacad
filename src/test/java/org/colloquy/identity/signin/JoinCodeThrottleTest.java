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

        assertThat(throttle.refusal()).contains(Text.of("account.join-code.paused", 1L));
        assertThat(throttle.refusal().orElseThrow().english()).contains("Try again in about a minute");
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusal()).isEmpty();
        throttle.wrongCode();
        assertThat(throttle.refusal()).as("one forgiven a minute, not a fresh burst").isPresent();
    }

    @Test
    void an_address_takes_thirty_wrong_codes_and_then_pauses_everyone_there_but_not_a_student_already_in_a_room() {
        from("198.51.100.30");
        for (int i = 0; i < 29; i++) {
            throttle.wrongCode();
        }
        assertThat(throttle.refusal()).isEmpty();

        throttle.wrongCode();

        assertThat(throttle.refusal()).isPresent();
        signedInAs("ben");
        assertThat(throttle.refusal()).as("a newcomer at that address waits too").isPresent();
        assertThat(throttle.refusalForThisAccount()).as("her own account typed nothing wrong").isEmpty();
        from("198.51.100.31");
        assertThat(throttle.refusal()).as("another address is not paused").isEmpty();
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
