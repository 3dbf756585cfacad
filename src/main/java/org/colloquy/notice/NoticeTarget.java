package org.colloquy.notice;

/**
 * The page a notice is about, named by what it is rather than by its address: the interface makes the address when
 * it shows the notice, so the features that tell know no address. Every key is a key of Colloquy's content (letters,
 * digits, dots, dashes, underscores), never a path, a scheme or another site.
 */
public sealed interface NoticeTarget {

    /** A lesson of a course, where a student reads the feedback on her answers. */
    record LessonPage(String courseKey, String lessonKey) implements NoticeTarget {

        public LessonPage {
            requireKey(courseKey);
            requireKey(lessonKey);
        }
    }

    /** The class discussion of one discuss prompt ({@code lessonKey/stepKey}). */
    record DiscussionPage(String courseKey, String promptKey) implements NoticeTarget {

        public DiscussionPage {
            requireKey(courseKey);
            int slash = promptKey.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("A prompt key is lessonKey/stepKey, not " + promptKey + ".");
            }
            requireKey(promptKey.substring(0, slash));
            requireKey(promptKey.substring(slash + 1));
        }
    }

    /** The student's own work, across the course. */
    record MyWorkPage() implements NoticeTarget {
    }

    /** The home page, where a student answers the invitations into classes she was sent. */
    record HomePage() implements NoticeTarget {
    }

    /**
     * The address a notice stored before notices had targets (migration V11), shown as it was stored: it was held to
     * a page of Colloquy when it was written.
     */
    record StoredLink(String link) implements NoticeTarget {
    }

    private static void requireKey(String key) {
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || key.contains("..")) {
            throw new IllegalArgumentException("A notice points to a page of Colloquy, not to " + key + ".");
        }
    }
}
