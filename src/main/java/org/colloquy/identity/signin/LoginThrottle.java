package org.colloquy.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed sign-ins are counted per account name and per network address, and a key
 * with too many is paused for a growing time (see {@link LoginThrottlePolicy}). A successful sign-in clears the
 * account's count, not the address's, so signing in to one's own account does not buy more guesses at another.
 * Names that belong to no account are counted too, so a pause says nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    /** The HTTP session attribute, an {@link Instant}, that tells the sign-in page until when signing in is paused. */
    public static final String PAUSED_UNTIL = LoginThrottle.class.getName() + ".pausedUntil";

    private final Clock clock;
    private final FailureCounter accounts;
    private final FailureCounter addresses;

    @Autowired
    LoginThrottle(Clock clock) {
        this(clock, LoginThrottlePolicy.perAccount(), LoginThrottlePolicy.perAddress());
    }

    LoginThrottle(Clock clock, LoginThrottlePolicy perAccount, LoginThrottlePolicy perAddress) {
        this.clock = clock;
        this.accounts = new FailureCounter(perAccount);
        this.addresses = new FailureCounter(perAddress);
    }

    /** Until when a sign-in as {@code username} from {@code address} is refused without looking at the password. */
    public Optional<Instant> pausedUntil(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(accounts.pausedUntil(account(username), now), addresses.pausedUntil(address, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        accounts.recordFailure(account(username), now);
        addresses.recordFailure(address, now);
    }

    public void succeeded(String username) {
        accounts.reset(account(username));
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String account(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
