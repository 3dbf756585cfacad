package org.colloquy.notice;

import java.time.Instant;
import org.colloquy.base.i18n.Text;

/**
 * A notice as its recipient sees it: what it says is put in her language when she reads it, and where it points is
 * turned into an address by the view that shows it.
 */
public record NoticeView(long id, Text message, NoticeTarget target, Instant createdAt, boolean read) {
}
