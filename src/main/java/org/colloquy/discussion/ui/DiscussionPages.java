package org.colloquy.discussion.ui;

import java.util.List;
import org.colloquy.base.ui.PageAddress;

/** Where a class's instructors moderate the discussion of a prompt (the class's own page is {@code LessonPages#discussion}). */
public final class DiscussionPages {

    private DiscussionPages() {
    }

    public static String moderation(long cohortId, String promptKey) {
        List<String> keys = PageAddress.lessonAndStep(promptKey);
        return PageAddress.of(ModerationView.class, "cohortId", cohortId, "lessonKey", keys.get(0),
                "stepKey", keys.get(1));
    }
}
