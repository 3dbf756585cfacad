package org.colloquy.notice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.base.i18n.Text;
import org.colloquy.notice.NoticeTarget;
import org.colloquy.notice.TestNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.dom.Element;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@ViewPackages(classes = NoticesView.class)
class NoticesViewTest extends SpringBrowserlessTest {

    private static final NoticeTarget LESSON = new NoticeTarget.LessonPage("sino-russian-relations", "three-stages");
    private static final NoticeTarget DISCUSSION = new NoticeTarget.DiscussionPage("x", "y/z");

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestNotices notices;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        accounts.signOut();
    }

    @Test
    void russianStudentReadsFeedbackNoticeInRussian() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"), LESSON);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));

        navigate(NoticesView.class);

        assertThat(find(Anchor.class).withClassName("notice-message").single().getText())
                .isEqualTo("Отзыв на ваш ответ в уроке «Three stages» готов.");
    }

    @Test
    void chineseStudentReadsAnAnonymousReplyNoticeInChinese() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(student, Text.of("discussion.notice.reply-anonymous"), DISCUSSION);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(NoticesView.class);

        assertThat(find(Anchor.class).withClassName("notice-message").single().getText())
                .isEqualTo("一位同学回复了您在班级讨论中的帖子。");
    }

    @Test
    void aNameInANoticeIsShownAsTextNeverAsMarkup() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(student, Text.of("discussion.notice.reply", "<img src=x onerror=alert(1)>"), DISCUSSION);

        navigate(NoticesView.class);

        Anchor message = find(Anchor.class).withClassName("notice-message").single();
        assertThat(message.getText()).isEqualTo("<img src=x onerror=alert(1)> replied to your post in the class discussion.");
        assertThat(message.getElement().getChildren()).allMatch(Element::isTextNode);
    }

    @Test
    void each_notice_opens_the_page_it_is_about_and_an_old_notice_the_address_it_was_stored_with() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        jdbc.update("insert into notice (user_id, message, link, created_at) values (?, ?, ?, ?)", student.id(),
                "Feedback on your answer in “Three stages” is ready.", "course/sino-russian-relations/lesson/old",
                Timestamp.from(Instant.now().minusSeconds(60)));
        notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"), new NoticeTarget.MyWorkPage());
        notices.tell(student, Text.of("discussion.notice.reply-anonymous"),
                new NoticeTarget.DiscussionPage("sino-russian-relations", "three-stages/discuss-parallel"));
        notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"), LESSON);

        navigate(NoticesView.class);

        assertThat(find(Anchor.class).withClassName("notice-message").all()).extracting(Anchor::getHref)
                .containsExactlyInAnyOrder("course/sino-russian-relations/lesson/three-stages",
                        "course/sino-russian-relations/discussion/three-stages/discuss-parallel",
                        "my-work",
                        "course/sino-russian-relations/lesson/old");
    }
}
