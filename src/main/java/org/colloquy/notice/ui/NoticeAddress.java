package org.colloquy.notice.ui;

import org.colloquy.notice.NoticeTarget;

/** The address of the page a notice points to, made where the notice is shown (the notice feature knows no URL). */
final class NoticeAddress {

    private NoticeAddress() {
    }

    static String of(NoticeTarget target) {
        return switch (target) {
            case NoticeTarget.LessonPage(String courseKey, String lessonKey) -> "course/" + courseKey + "/lesson/" + lessonKey;
            case NoticeTarget.DiscussionPage(String courseKey, String promptKey) ->
                    "course/" + courseKey + "/discussion/" + promptKey;
            case NoticeTarget.MyWorkPage() -> "my-work";
            case NoticeTarget.StoredLink(String link) -> link;
        };
    }
}
