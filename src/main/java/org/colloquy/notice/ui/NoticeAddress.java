package org.colloquy.notice.ui;

import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.notice.NoticeTarget;

/** The address of the page a notice points to, made where the notice is shown (the notice feature knows no URL). */
final class NoticeAddress {

    private NoticeAddress() {
    }

    static String of(NoticeTarget target) {
        return switch (target) {
            case NoticeTarget.LessonPage(String courseKey, String lessonKey) -> LessonPages.lesson(courseKey, lessonKey);
            case NoticeTarget.DiscussionPage(String courseKey, String promptKey) ->
                    LessonPages.discussion(courseKey, promptKey);
            case NoticeTarget.MyWorkPage() -> LessonPages.myWork();
            case NoticeTarget.HomePage() -> LessonPages.home();
            case NoticeTarget.StoredLink(String link) -> link;
        };
    }
}
