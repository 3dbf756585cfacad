package org.colloquy.notice;

import java.time.Instant;

/** A notice as its recipient sees it. */
public record NoticeView(long id, String message, String link, Instant createdAt, boolean read) {
}
