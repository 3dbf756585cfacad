package org.colloquy.identity;

import org.colloquy.PostgresIntegrationTest;

/** The chosen interface language on PostgreSQL, through migration V8. */
@PostgresIntegrationTest
class LanguagePreferenceOnPostgresTest extends LanguagePreferenceContract {
}
