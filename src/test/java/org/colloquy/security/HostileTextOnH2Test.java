package org.colloquy.security;

import org.colloquy.IntegrationTest;

/** The hostile-input corpus through every service, on H2. */
@IntegrationTest
class HostileTextOnH2Test extends HostileTextContract {
}
