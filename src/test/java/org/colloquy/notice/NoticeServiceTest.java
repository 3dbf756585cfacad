package org.colloquy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.base.i18n.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NoticeServiceTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestNotices notices;
    @Autowired
    NoticeService noticeService;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aNoticeLinksOnlyToAPageOfColloquyNeverToAScriptOrAnotherSite() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);

        for (String key : List.of("javascript:alert(1)", "https://phishing.example/login", "//phishing.example",
                "/course/x", "course/../../x", "course/x?next=https://phishing.example", "", "..")) {
            assertThatThrownBy(() -> notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"),
                    new NoticeTarget.LessonPage("sino-russian-relations", key)))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> notices.tell(student, Text.of("discussion.notice.reply-anonymous"),
                    new NoticeTarget.DiscussionPage(key, "three-stages/discuss-parallel")))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> notices.tell(student, Text.of("discussion.notice.reply-anonymous"),
                    new NoticeTarget.DiscussionPage("sino-russian-relations", "three-stages/" + key)))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"),
                new NoticeTarget.StoredLink("javascript:alert(1)")))
                .as("only notices from before typed targets keep an address")
                .isInstanceOf(IllegalArgumentException.class);
        notices.tell(student, Text.of("review.notice.feedback-ready", "Three stages"),
                new NoticeTarget.LessonPage("sino-russian-relations", "three-stages"));

        assertThat(noticeService.mine()).extracting(NoticeView::target)
                .containsExactly(new NoticeTarget.LessonPage("sino-russian-relations", "three-stages"));
    }
}
