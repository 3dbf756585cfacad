package org.colloquy.studio;

import java.util.List;

/** The drafts tests' essay and questions, for the page tests in another package. */
public final class DraftsTestAccess {

    public static final Essay ESSAY = DraftsTest.ESSAY;
    public static final List<OpenQuestion> KEPT = DraftsTest.KEPT;

    private DraftsTestAccess() {
    }

    public static String firstLesson(OpenedDraft draft) {
        return DraftsTest.firstLesson(draft);
    }
}
