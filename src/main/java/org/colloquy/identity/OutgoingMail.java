package org.colloquy.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this server sends email: {@code spring.mail.host} is set. Pages say "sent by email" only then, and always
 * show links to copy as well; without mail, people are told to ask an admin or an instructor.
 */
@Component
public class OutgoingMail {

    private final boolean setUp;

    OutgoingMail(@Value("${spring.mail.host:}") String host) {
        this.setUp = !host.isBlank();
    }

    public boolean isSetUp() {
        return setUp;
    }
}
