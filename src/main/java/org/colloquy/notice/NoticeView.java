package org.colloquy.notice;

import java.time.Instant;
import org.colloquy.base.i18n.Text;

/** A notice as its recipient sees it: what it says is put in her language when she reads it. */
public record NoticeView(long id, Text message, String link, Instant createdAt, boolean read) {
}
