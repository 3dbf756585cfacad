package org.colloquy.mail;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins see of the outbox: messages that failed or still wait, and sending a failed one again. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailAdminService {

    private static final int SHOWN = 200;
    private static final List<MailStatus> UNSENT = List.of(MailStatus.FAILED, MailStatus.PENDING, MailStatus.SENDING);

    private final OutboxRepository messages;
    private final MailSending sending;
    private final Clock clock;

    MailAdminService(OutboxRepository messages, MailSending sending, Clock clock) {
        this.messages = messages;
        this.sending = sending;
        this.clock = clock;
    }

    /** Whether a mail server is set, so that anything is sent at all. */
    public boolean sendingOn() {
        return sending.on();
    }

    /** How many tries a message gets before it counts as failed. */
    public int maxAttempts() {
        return MailSending.MAX_ATTEMPTS;
    }

    /** The failed messages first, then those waiting, newest first, at most {@value #SHOWN}. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> unsent() {
        return messages.findByStatusInOrderByCreatedAtDesc(UNSENT, Limit.of(SHOWN)).stream()
                .sorted((a, b) -> Boolean.compare(b.getStatus() == MailStatus.FAILED, a.getStatus() == MailStatus.FAILED))
                .map(m -> new OutboxEntry(Objects.requireNonNull(m.getId()), m.getKind(), m.getRecipientAddress(),
                        m.getSubject(), m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError(),
                        m.getCreatedAt()))
                .toList();
    }

    /** Sends a failed message again, with a fresh round of tries; {@code false} when it is not a failed message. */
    @Transactional
    public boolean retry(long messageId) {
        return messages.retry(messageId, clock.instant()) == 1;
    }
}
