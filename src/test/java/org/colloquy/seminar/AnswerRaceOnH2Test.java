package org.colloquy.seminar;

import org.colloquy.IntegrationTest;

@IntegrationTest
class AnswerRaceOnH2Test extends AnswerRaceContract {
}
