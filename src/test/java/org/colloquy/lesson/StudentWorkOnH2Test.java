package org.colloquy.lesson;

import org.colloquy.IntegrationTest;

@IntegrationTest
class StudentWorkOnH2Test extends StudentWorkContract {
}
