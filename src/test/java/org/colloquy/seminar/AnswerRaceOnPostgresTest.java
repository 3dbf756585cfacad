package org.colloquy.seminar;

import org.colloquy.PostgresIntegrationTest;

@PostgresIntegrationTest
class AnswerRaceOnPostgresTest extends AnswerRaceContract {
}
