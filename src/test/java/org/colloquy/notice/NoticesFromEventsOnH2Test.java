package org.colloquy.notice;

import org.colloquy.IntegrationTest;

@IntegrationTest
class NoticesFromEventsOnH2Test extends NoticesFromEventsContract {
}
