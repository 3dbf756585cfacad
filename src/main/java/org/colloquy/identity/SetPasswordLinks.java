package org.colloquy.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.colloquy.identity.SetPasswordLinkIssued.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues one-time set-password links: 32 random bytes in URL-safe Base64, valid for {@link #VALID_FOR}. Only the
 * SHA-256 of a token is stored, so the database alone never lets anyone set a password.
 */
@Component
class SetPasswordLinks {

    static final Duration VALID_FOR = Duration.ofDays(14);
    /** A link to choose a new password is worth an account that is already in use: it works for a day only. */
    static final Duration RESET_VALID_FOR = Duration.ofDays(1);

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordSetupRepository setups;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SetPasswordLinks(PasswordSetupRepository setups, Clock clock, ApplicationEventPublisher events) {
        this.setups = setups;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A fresh link for the purpose, announced in this transaction ({@link SetPasswordLinkIssued}) so that whoever
     * delivers links (mail) can send it; earlier unused ones stop working.
     */
    @Transactional
    IssuedLink issueAndAnnounce(long userId, Purpose purpose, @Nullable Long issuedBy) {
        Duration validFor = purpose == Purpose.INVITATION ? VALID_FOR : RESET_VALID_FOR;
        Instant expiresAt = clock.instant().plus(validFor);
        String token = store(userId, expiresAt);
        events.publishEvent(new SetPasswordLinkIssued(userId, token, purpose, issuedBy, expiresAt));
        return new IssuedLink(userId, token, expiresAt);
    }

    /** Links of this account that were never used stop working (a deactivated account). */
    @Transactional
    void cancelUnused(long userId) {
        setups.deleteUnusedOf(userId);
    }

    /** A fresh one-time token for the account's set-password page; earlier unused ones stop working. */
    @Transactional
    String issue(long userId) {
        return store(userId, clock.instant().plus(VALID_FOR));
    }

    private String store(long userId, Instant expiresAt) {
        setups.deleteUnusedOf(userId);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        setups.save(new PasswordSetup(userId, hash(token), expiresAt));
        return token;
    }

    /** Whether the account was given links but has never used one: nobody has chosen its password yet. */
    @Transactional(readOnly = true)
    boolean awaitsFirstPassword(long userId) {
        return setups.existsByUserId(userId) && !setups.existsByUserIdAndUsedAtIsNotNull(userId);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
