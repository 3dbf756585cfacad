package org.colloquy.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether this app sends email, and how: only when a mail server is set ({@code SPRING_MAIL_HOST}, for which Spring
 * Boot makes the {@link JavaMailSender}). Without one nothing is queued and people get their links from whoever
 * issued them, as before.
 */
@Component
class MailSending {

    /** Tries before a message counts as failed for good (about a day and a half with the back-off below). */
    static final int MAX_ATTEMPTS = 10;
    /** How long a worker holds a claimed message: longer than the mail server's time-outs. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_BACK_OFF = Duration.ofMinutes(1);
    private static final Duration LONGEST_BACK_OFF = Duration.ofHours(6);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;

    MailSending(ObjectProvider<JavaMailSender> senders, @Value("${colloquy.mail.from:}") String from,
                @Value("${spring.mail.username:}") String username) {
        this.senders = senders;
        String address = MailBody.oneLine(from);
        this.from = address.isEmpty() ? (username.contains("@") ? username : "colloquy@localhost") : address;
    }

    boolean on() {
        return senders.getIfAvailable() != null;
    }

    @Nullable JavaMailSender sender() {
        return senders.getIfAvailable();
    }

    String from() {
        return from;
    }

    /** How long to wait after the given number of failed tries: 1, 2, 4… minutes, at most six hours. */
    static Duration backOff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : wait;
    }
}
