package org.colloquy.seminar;

import org.colloquy.IntegrationTest;

@IntegrationTest
class SeminarGuestServiceTest extends SeminarGuestContract {
}
