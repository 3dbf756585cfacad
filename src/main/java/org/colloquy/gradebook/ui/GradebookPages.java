package org.colloquy.gradebook.ui;

import org.colloquy.base.ui.PageAddress;

/** Where the gradebook is: a class's gradebook, for its instructors. */
public final class GradebookPages {

    private GradebookPages() {
    }

    public static String gradebook(long cohortId) {
        return PageAddress.of(GradebookView.class, "cohortId", cohortId);
    }
}
