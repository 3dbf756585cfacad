package org.colloquy.studio.ui;

import org.colloquy.base.ui.PageAddress;

/** Where the course studio is. */
public final class StudioPages {

    private StudioPages() {
    }

    /** The studio: import an essay, keep its open questions, draft and publish a course. */
    public static String studio() {
        return PageAddress.of(StudioView.class);
    }
}
