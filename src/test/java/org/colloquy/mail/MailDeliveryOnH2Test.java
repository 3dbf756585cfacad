package org.colloquy.mail;

import org.colloquy.IntegrationTest;

/** Email through a real SMTP server, with the outbox on H2. */
@IntegrationTest
class MailDeliveryOnH2Test extends MailDeliveryContract {
}
