package org.colloquy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.colloquy.identity.Role;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.StudentAnswer;
import org.junit.jupiter.api.Test;

/** The review queue's search finds Chinese and Russian answers and names as readily as English ones. */
class QueueFilterSearchTest {

    private static final QueueEntry CHINESE = entry(1, "Chen Wei", "中俄关系经历了三个阶段：能源合作建立了信任。");
    private static final QueueEntry RUSSIAN = entry(2, "Анна Петрова", "Сначала торговля, потом доверие; всё решила ЭНЕРГЕТИКА.");
    private static final QueueEntry ENGLISH = entry(3, "Ben Liu", "Trade came first; trust followed the trade.");
    private static final List<QueueEntry> QUEUE = List.of(CHINESE, RUSSIAN, ENGLISH);

    @Test
    void searchingChineseWordsFindsTheAnswerThatHoldsThem() {
        assertThat(search("能源合作")).containsExactly(CHINESE);
        assertThat(search("信任")).containsExactly(CHINESE);
        assertThat(search("贸易")).isEmpty();
    }

    @Test
    void searchingRussianIgnoresCaseAndTheDotsOfYo() {
        assertThat(search("энергетика")).containsExactly(RUSSIAN);
        assertThat(search("ТОРГОВЛЯ")).containsExactly(RUSSIAN);
        assertThat(search("все решила")).containsExactly(RUSSIAN);
    }

    @Test
    void searchingACyrillicNameFindsTheStudentUnlessReviewIsAnonymous() {
        assertThat(search("петрова")).containsExactly(RUSSIAN);
        assertThat(QueueFilter.ALL.withSearch("петрова").apply(QUEUE, true)).isEmpty();
    }

    @Test
    void fullWidthLettersTypedOnAChineseKeyboardFindOrdinaryOnes() {
        assertThat(search("ｔｒａｄｅ")).containsExactly(ENGLISH);
    }

    private static List<QueueEntry> search(String text) {
        return QueueFilter.ALL.withSearch(text).apply(QUEUE, false);
    }

    private static QueueEntry entry(long id, String name, String body) {
        UserRef student = new UserRef(id, "student" + id, name, Set.of(Role.STUDENT));
        StudentAnswer response = new StudentAnswer(id * 10, id, "lesson/prompt", "respond", body, null,
                Instant.parse("2026-11-0" + id + "T10:00:00Z"), null, 0, "1");
        return new QueueEntry(student, response, AnswerStatus.DRAFT_ONLY, FeedbackState.NONE, false, null);
    }
}
