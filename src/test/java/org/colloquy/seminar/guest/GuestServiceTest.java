package org.colloquy.seminar.guest;

import org.colloquy.IntegrationTest;

@IntegrationTest
class GuestServiceTest extends SeminarGuestContract {
}
