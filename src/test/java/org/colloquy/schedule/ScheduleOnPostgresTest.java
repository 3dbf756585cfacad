package org.colloquy.schedule;

import org.colloquy.PostgresIntegrationTest;

@PostgresIntegrationTest
class ScheduleOnPostgresTest extends ScheduleContract {
}
