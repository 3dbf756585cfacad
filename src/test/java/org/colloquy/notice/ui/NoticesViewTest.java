package org.colloquy.notice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Locale;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.base.i18n.Text;
import org.colloquy.notice.NoticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.dom.Element;

@IntegrationTest
@ViewPackages(classes = NoticesView.class)
class NoticesViewTest extends SpringBrowserlessTest {

    private static final String LINK = "course/sino-russian-relations/lesson/three-stages";

    @Autowired
    TestAccounts accounts;
    @Autowired
    NoticeService notices;

    @AfterEach
    void signOut() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        accounts.signOut();
    }

    @Test
    void russianStudentReadsFeedbackNoticeInRussian() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(List.of(student.id()), Text.of("review.notice.feedback-ready", "Three stages"), LINK);
        UI.getCurrent().setLocale(Locale.of("ru", "RU"));

        navigate(NoticesView.class);

        assertThat(find(Anchor.class).withClassName("notice-message").single().getText())
                .isEqualTo("Отзыв на ваш ответ в уроке «Three stages» готов.");
    }

    @Test
    void chineseStudentReadsAnAnonymousReplyNoticeInChinese() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(List.of(student.id()), Text.of("discussion.notice.reply-anonymous"), "course/x/discussion/y");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        navigate(NoticesView.class);

        assertThat(find(Anchor.class).withClassName("notice-message").single().getText())
                .isEqualTo("一位同学回复了您在班级讨论中的帖子。");
    }

    @Test
    void aNameInANoticeIsShownAsTextNeverAsMarkup() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        notices.tell(List.of(student.id()), Text.of("discussion.notice.reply", "<img src=x onerror=alert(1)>"),
                "course/x/discussion/y");

        navigate(NoticesView.class);

        Anchor message = find(Anchor.class).withClassName("notice-message").single();
        assertThat(message.getText()).isEqualTo("<img src=x onerror=alert(1)> replied to your post in the class discussion.");
        assertThat(message.getElement().getChildren()).allMatch(Element::isTextNode);
    }
}
