package org.colloquy.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.colloquy.identity.Contact;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts messages into the outbox, once: an event handled twice (the registry hands it again after a crash) finds its
 * message already there by its key. A person without an address gets a row that says so, and nothing is sent.
 */
@Component
class Outbox {

    private final OutboxRepository messages;
    private final Clock clock;

    Outbox(OutboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** @param what the parts that make this message one of a kind (the event's ids) */
    @Transactional
    void queue(MailKind kind, Contact to, MailBody body, Object... what) {
        String key = dedupKey(kind, to.accountId(), what);
        if (messages.existsByDedupKey(key)) {
            return;
        }
        String address = to.email();
        messages.save(new OutboxMessage(key, kind, to.accountId(),
                address == null || address.isBlank() ? null : MailBody.oneLine(address),
                to.language(), body, clock.instant()));
    }

    static String dedupKey(MailKind kind, long recipientId, Object... what) {
        StringBuilder parts = new StringBuilder(kind.name()).append('|').append(recipientId);
        for (Object part : what) {
            parts.append('|').append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(parts.toString().getBytes(StandardCharsets.UTF_8));
            return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
