package org.colloquy.security;

import org.colloquy.PostgresIntegrationTest;

/** The hostile-input corpus through every service, on PostgreSQL: a null byte must never reach the database. */
@PostgresIntegrationTest
class HostileTextOnPostgresTest extends HostileTextContract {
}
