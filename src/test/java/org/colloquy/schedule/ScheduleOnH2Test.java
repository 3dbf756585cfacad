package org.colloquy.schedule;

import org.colloquy.IntegrationTest;

@IntegrationTest
class ScheduleOnH2Test extends ScheduleContract {
}
