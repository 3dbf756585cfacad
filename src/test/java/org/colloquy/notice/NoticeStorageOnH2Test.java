package org.colloquy.notice;

import org.colloquy.IntegrationTest;

@IntegrationTest
class NoticeStorageOnH2Test extends NoticeStorageContract {
}
