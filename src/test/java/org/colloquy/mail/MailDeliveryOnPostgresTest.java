package org.colloquy.mail;

import org.colloquy.PostgresIntegrationTest;

/** Email through a real SMTP server, with the outbox on PostgreSQL: claiming by two workers, V21 on PostgreSQL. */
@PostgresIntegrationTest
class MailDeliveryOnPostgresTest extends MailDeliveryContract {
}
