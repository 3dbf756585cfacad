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
    NoticeService notices;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aNoticeLinksOnlyToAPageOfColloquyNeverToAScriptOrAnotherSite() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);

        for (String link : List.of("javascript:alert(1)", "https://phishing.example/login", "//phishing.example",
                "/course/x", "course/../../x", "course/x?next=https://phishing.example", "")) {
            assertThatThrownBy(() -> notices.tell(List.of(student.id()), Text.of("review.notice.feedback-ready", "Three stages"), link))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
        notices.tell(List.of(student.id()), Text.of("review.notice.feedback-ready", "Three stages"), "course/sino-russian-relations/lesson/three-stages");

        assertThat(notices.mine()).extracting(NoticeView::link)
                .containsExactly("course/sino-russian-relations/lesson/three-stages");
    }
}
