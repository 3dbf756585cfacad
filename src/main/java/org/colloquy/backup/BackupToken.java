package org.colloquy.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that a backup command from the shell presents ({@code COLLOQUY_BACKUP_TOKEN}, decision 0022). Without
 * one, or with one too short to resist guessing, backups from the command line are off.
 */
@Component
class BackupToken {

    static final int MINIMUM_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(BackupToken.class);

    private final Optional<byte[]> secret;
    private final String whyOff;

    BackupToken(@Value("${colloquy.backup-token:}") String configured) {
        String token = configured.strip();
        if (token.isEmpty()) {
            secret = Optional.empty();
            whyOff = "Backups from the command line are off on this server: set COLLOQUY_BACKUP_TOKEN to a random "
                    + "secret of at least " + MINIMUM_LENGTH + " characters and restart Colloquy.";
        } else if (token.length() < MINIMUM_LENGTH) {
            secret = Optional.empty();
            whyOff = "Backups from the command line are off on this server: COLLOQUY_BACKUP_TOKEN is shorter than "
                    + MINIMUM_LENGTH + " characters. Set a longer random secret (e.g. openssl rand -hex 32) and "
                    + "restart Colloquy.";
            log.error("COLLOQUY_BACKUP_TOKEN is shorter than {} characters: backups from the command line stay off",
                    MINIMUM_LENGTH);
        } else {
            secret = Optional.of(token.getBytes(StandardCharsets.UTF_8));
            whyOff = "";
        }
    }

    boolean enabled() {
        return secret.isPresent();
    }

    /** Why the command is refused on this server; empty when it is on. */
    String whyOff() {
        return whyOff;
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
    boolean matches(String presented) {
        return secret.map(expected -> MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
