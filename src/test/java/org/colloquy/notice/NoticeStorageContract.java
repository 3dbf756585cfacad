package org.colloquy.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.base.i18n.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Notices kept as a key and arguments (migration V9), and notices kept as English text before it. */
abstract class NoticeStorageContract {

    private static final String LINK = "course/sino-russian-relations/lesson/three-stages";
    private static final NoticeTarget LESSON = new NoticeTarget.LessonPage("sino-russian-relations", "three-stages");

    @Autowired
    TestAccounts accounts;
    @Autowired
    NoticeService notices;
    @Autowired
    TestNotices told;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aNoticeKeepsItsKeyAndItsUserTextArgumentExactlyAsWritten() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        String title = "Stages \"1\", 2 & 3 {0} '' ] [ \\ 中国与俄罗斯 «да»\nsecond line <b>bold</b>";

        told.tell(student, Text.of("review.notice.feedback-ready", title), LESSON);

        assertThat(notices.mine()).singleElement().satisfies(notice -> {
            assertThat(notice.message()).isEqualTo(Text.of("review.notice.feedback-ready", title));
            assertThat(notice.target()).isEqualTo(LESSON);
        });
    }

    @Test
    void russianStudentReadsAFeedbackNoticeToldInEnglishInRussian() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        told.tell(student, Text.of("review.notice.feedback-ready", "Three stages"), LESSON);

        Text said = notices.mine().getFirst().message();

        assertThat(MessageBundles.shared().text(said.key(), InterfaceLanguage.RUSSIAN, said.args()))
                .isEqualTo("Отзыв на ваш ответ в уроке «Three stages» готов.");
        assertThat(said.english()).isEqualTo("Feedback on your answer in “Three stages” is ready.");
    }

    @Test
    void aNoticeStoredBeforeNoticesHadKeysStillShowsItsText() {
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        jdbc.update("insert into notice (user_id, message, link, created_at) values (?, ?, ?, ?)", student.id(),
                "Feedback on your answer in “Three stages” is ready.", LINK, Timestamp.from(Instant.now()));

        Text said = notices.mine().getFirst().message();

        assertThat(said.english()).isEqualTo("Feedback on your answer in “Three stages” is ready.");
        assertThat(MessageBundles.shared().text(said.key(), InterfaceLanguage.RUSSIAN, said.args()))
                .as("an old notice has no key to translate: it is shown as it was written")
                .isEqualTo("Feedback on your answer in “Three stages” is ready.");
        assertThat(notices.mine().getFirst().target()).as("an old notice opens the address it was stored with")
                .isEqualTo(new NoticeTarget.StoredLink(LINK));
        assertThat(notices.unreadCount()).isEqualTo(1);
    }
}
