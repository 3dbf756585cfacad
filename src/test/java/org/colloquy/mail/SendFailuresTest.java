package org.colloquy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** A message the server refused for good is not tried again; one it could not take now is. */
class SendFailuresTest {

    @Test
    void a_mailbox_the_server_says_does_not_exist_fails_for_good() throws AddressException {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.org"), "RCPT TO", 550,
                "550 5.1.1 No such user");
        assertThat(SendFailures.permanent(new MailSendException(Map.of(new Object(), refused)))).isTrue();
    }

    @Test
    void a_server_that_says_try_later_is_tried_again() throws AddressException {
        var later = new SMTPAddressFailedException(new InternetAddress("ana@example.org"), "RCPT TO", 451,
                "451 4.7.1 Greylisted, try later");
        assertThat(SendFailures.permanent(new MailSendException("failed", later))).isFalse();
    }

    @Test
    void a_server_that_cannot_be_reached_is_tried_again() {
        var down = new MessagingException("Could not connect", new ConnectException("Connection refused"));
        assertThat(SendFailures.permanent(new MailSendException("Mail server connection failed", down))).isFalse();
        assertThat(SendFailures.describe(new MailSendException("Mail server connection failed", down)))
                .contains("Connection refused");
    }

    @Test
    void an_address_that_is_no_address_fails_for_good() {
        assertThat(SendFailures.permanent(new AddressException("Illegal address", "not an address"))).isTrue();
    }

    @Test
    void back_off_doubles_up_to_six_hours() {
        assertThat(MailSending.backOff(1)).hasMinutes(1);
        assertThat(MailSending.backOff(3)).hasMinutes(4);
        assertThat(MailSending.backOff(30)).hasHours(6);
    }
}
