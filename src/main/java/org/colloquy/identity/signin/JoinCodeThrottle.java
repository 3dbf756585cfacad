package org.colloquy.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.colloquy.base.i18n.Text;
import org.colloquy.identity.JoinCodeGuesses;
import org.colloquy.identity.Usernames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wrong join codes counted like failed sign-ins (decision 0050): the same {@link FailureLedger} (table
 * {@code sign_in_failure}) under two counters of their own, per signed-in account and, for someone not signed in,
 * per client address. A key that
 * has used its burst waits until the next try is due. A wrong code is written in a transaction of its own, so that it
 * counts whatever the join it came with does (a read-only transaction, a refusal that rolls back).
 */
@Component
class JoinCodeThrottle implements JoinCodeGuesses {

    /** Counter names as the table stores them (at most 20 characters): renaming one forgets its wrong codes. */
    static final String PER_ADDRESS = "join-code-address";
    static final String PER_ACCOUNT = "join-code-account";

    private final Clock clock;
    private final FailureCounter addresses;
    private final FailureCounter accounts;
    private final TransactionTemplate ownTransaction;
    private final SecurityContextHolderStrategy securityContexts;

    @Autowired
    JoinCodeThrottle(Clock clock, FailureLedger ledger, PlatformTransactionManager transactions,
                     ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this(clock, ledger, transactions, securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy),
                perAddress(), perAccount());
    }

    JoinCodeThrottle(Clock clock, FailureLedger ledger, PlatformTransactionManager transactions,
                     SecurityContextHolderStrategy securityContexts, LoginThrottlePolicy perAddress,
                     LoginThrottlePolicy perAccount) {
        this.clock = clock;
        this.addresses = new FailureCounter(PER_ADDRESS, perAddress, ledger);
        this.accounts = new FailureCounter(PER_ACCOUNT, perAccount, ledger);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.securityContexts = securityContexts;
    }

    /**
     * One address with nobody signed in (guests behind a school's shared address, say) may type 100 wrong codes at
     * once, then one more every 5 seconds: a lecture hall of guests that mistype does not wait; a script gets at most
     * 820 guesses in its first hour, against some 887 million possible codes.
     */
    static LoginThrottlePolicy perAddress() {
        return new LoginThrottlePolicy(100, Duration.ofSeconds(5));
    }

    /** One account may type 10 wrong codes at once, then one more a minute. */
    static LoginThrottlePolicy perAccount() {
        return new LoginThrottlePolicy(10, Duration.ofMinutes(1));
    }

    /**
     * A signed-in person is held to her account's count only, so classmates mistyping behind the same address never
     * stop her; someone not signed in, to her address's.
     */
    @Override
    @PreAuthorize("permitAll()")
    public Optional<Text> refusal() {
        Optional<String> account = account();
        if (account.isPresent()) {
            return refusalForThisAccount();
        }
        Instant now = clock.instant();
        return paused("account.join-code.paused",
                Stream.of(address().flatMap(address -> addresses.pausedUntil(address, now))), now);
    }

    @Override
    @PreAuthorize("permitAll()")
    public Optional<Text> refusalForThisAccount() {
        Instant now = clock.instant();
        return paused("account.join-code.paused-account",
                Stream.of(account().flatMap(account -> accounts.pausedUntil(account, now))), now);
    }

    @Override
    @PreAuthorize("permitAll()")
    public void wrongCode() {
        Instant now = clock.instant();
        Optional<String> account = account();
        Optional<String> address = account.isPresent() ? Optional.empty() : address();
        ownTransaction.executeWithoutResult(status -> {
            account.ifPresent(key -> accounts.recordFailure(key, now));
            address.ifPresent(key -> addresses.recordFailure(key, now));
        });
    }

    /** The refusal to show until the latest of these pauses ends, in whole minutes rounded up. */
    private static Optional<Text> paused(String messageKey, Stream<Optional<Instant>> pauses, Instant now) {
        return pauses.flatMap(Optional::stream).max(Instant::compareTo)
                .map(until -> Text.of(messageKey, minutesToWait(now, until)));
    }

    static long minutesToWait(Instant now, Instant until) {
        return Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
    }

    private Optional<String> account() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(Usernames.canonical(authentication.getName()));
    }

    /**
     * The client's address of the HTTP request being handled (Spring's request context, which every request to the
     * app has, Vaadin's included; behind the balancer the address it forwarded: Tomcat reads {@code X-Forwarded-For}).
     * Outside a request (a test, a command) no address is counted.
     */
    private static Optional<String> address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null || address.isBlank() ? Optional.empty() : Optional.of(address);
        }
        return Optional.empty();
    }
}
