package org.colloquy.notice.ui;

import org.colloquy.base.ui.PageAddress;

/** Where a person's notices are listed. */
public final class NoticePages {

    private NoticePages() {
    }

    public static String notices() {
        return PageAddress.of(NoticesView.class);
    }
}
