package org.colloquy.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues one-time set-password links: 32 random bytes in URL-safe Base64, valid for {@link #VALID_FOR}. Only the
 * SHA-256 of a token is stored, so the database alone never lets anyone set a password.
 */
@Component
class SetPasswordLinks {

    static final Duration VALID_FOR = Duration.ofDays(14);

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordSetupRepository setups;
    private final Clock clock;

    SetPasswordLinks(PasswordSetupRepository setups, Clock clock) {
        this.setups = setups;
        this.clock = clock;
    }

    /** A fresh one-time token for the account's set-password page; earlier unused ones stop working. */
    @Transactional
    String issue(long userId) {
        setups.deleteUnusedOf(userId);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        setups.save(new PasswordSetup(userId, hash(token), clock.instant().plus(VALID_FOR)));
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
