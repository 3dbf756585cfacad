package org.colloquy.seminar.guest;

import org.colloquy.PostgresIntegrationTest;

/** Guests on PostgreSQL: the V5 migration, and live answers whose author is a guest rather than an account. */
@PostgresIntegrationTest
class SeminarGuestsOnPostgresTest extends SeminarGuestContract {
}
