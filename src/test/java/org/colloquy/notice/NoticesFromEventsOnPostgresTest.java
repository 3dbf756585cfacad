package org.colloquy.notice;

import org.colloquy.PostgresIntegrationTest;

/** Notices from events on PostgreSQL: the event publication table of migration V10 and the targets of V11. */
@PostgresIntegrationTest
class NoticesFromEventsOnPostgresTest extends NoticesFromEventsContract {
}
