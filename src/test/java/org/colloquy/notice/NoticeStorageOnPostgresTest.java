package org.colloquy.notice;

import org.colloquy.PostgresIntegrationTest;

/** Notices on PostgreSQL, through migration V9. */
@PostgresIntegrationTest
class NoticeStorageOnPostgresTest extends NoticeStorageContract {
}
