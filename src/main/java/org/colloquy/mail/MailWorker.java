package org.colloquy.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, every few seconds on every node. Each message is claimed first, in a transaction
 * of its own, by a conditional update that only one worker can win (its lease lasts longer than the mail server's
 * time-outs); then it is sent, outside any transaction; then it is marked sent, in a transaction of its own, with its
 * body blanked. A failure puts it back to wait (1, 2, 4… minutes) or, after {@link MailSending#MAX_ATTEMPTS} tries
 * or a refusal for good, marks it failed for an admin to see. When the server cannot be reached, the round stops.
 */
@Component
class MailWorker {

    private static final Logger LOG = LoggerFactory.getLogger(MailWorker.class);
    private static final int BATCH = 50;

    private final OutboxRepository messages;
    private final TransactionTemplate transactions;
    private final MailSending sending;
    private final Clock clock;
    private final String owner;

    @Autowired
    MailWorker(OutboxRepository messages, PlatformTransactionManager transactionManager, MailSending sending,
               Clock clock) {
        this(messages, transactionManager, sending, clock, nodeName());
    }

    MailWorker(OutboxRepository messages, PlatformTransactionManager transactionManager, MailSending sending,
               Clock clock, String owner) {
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.sending = sending;
        this.clock = clock;
        this.owner = owner;
    }

    @Scheduled(fixedDelayString = "${colloquy.mail.poll-interval:PT10S}",
            initialDelayString = "${colloquy.mail.poll-interval:PT10S}")
    void poll() {
        try {
            sendDue();
        } catch (RuntimeException unexpected) {
            LOG.warn("Sending email failed; trying again at the next round", unexpected);
        }
    }

    /** Sends what is due now; returns how many messages this worker delivered. */
    int sendDue() {
        JavaMailSender sender = sending.sender();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = Objects.requireNonNull(transactions.execute(status -> messages.claimable(now, Limit.of(BATCH))));
        int delivered = 0;
        for (long id : due) {
            Instant claimedAt = clock.instant();
            Integer claimed = transactions.execute(status ->
                    messages.claim(id, owner, claimedAt, claimedAt.plus(MailSending.LEASE)));
            if (claimed == null || claimed == 0) {
                continue;
            }
            OutboxMessage message = transactions.execute(status -> messages.findById(id).orElse(null));
            if (message == null) {
                continue;
            }
            try {
                sender.send(mime(sender, message));
            } catch (MailException | MessagingException failure) {
                boolean reachable = notSent(message, failure);
                if (!reachable) {
                    break;
                }
                continue;
            }
            transactions.executeWithoutResult(status -> messages.markSent(id, owner, clock.instant()));
            delivered++;
        }
        return delivered;
    }

    /** Records the failure; {@code false} when the server could not be reached, so the round should stop. */
    private boolean notSent(OutboxMessage message, Exception failure) {
        long id = Objects.requireNonNull(message.getId());
        boolean permanent = SendFailures.permanent(failure);
        boolean lastTry = message.getAttempts() + 1 >= MailSending.MAX_ATTEMPTS;
        MailStatus status = permanent || lastTry ? MailStatus.FAILED : MailStatus.PENDING;
        Instant next = clock.instant().plus(MailSending.backOff(message.getAttempts() + 1));
        String error = SendFailures.describe(failure);
        transactions.executeWithoutResult(tx -> messages.markNotSent(id, owner, status, next, error));
        LOG.info("Email {} not sent ({}): {}", id, status == MailStatus.FAILED ? "failed for good" : "will retry", error);
        return permanent;
    }

    private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress(sending.from(), true));
        mime.setRecipient(Message.RecipientType.TO,
                new InternetAddress(Objects.requireNonNullElse(message.getRecipientAddress(), ""), true));
        mime.setSubject(MailBody.oneLine(message.getSubject()), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Content-Language", message.getLanguage());
        mime.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(Objects.requireNonNullElse(message.getTextBody(), ""), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(Objects.requireNonNullElse(message.getHtmlBody(), ""), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        return mime;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException unknown) {
            host = "node";
        }
        return OutboxMessage.cut(host, 40) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
