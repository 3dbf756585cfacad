package org.colloquy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Russian noun after a number takes one of three forms, decided by the last two digits (1 урок, 2 урока, 5 уроков,
 * 11 уроков, 21 урок, 111 уроков); a text that counts says so with ICU's plural rules, never with ChoiceFormat.
 */
class RussianCountsTest {

    private static final MessageBundles BUNDLES = MessageBundles.shared();
    private static final int[] COUNTS = {0, 1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112};

    @Test
    void the_gradebook_counts_late_lessons_in_the_form_russian_uses_for_each_number() {
        assertThat(said("gradebook.late-count")).containsExactly(
                "0 уроков", "1 урок", "2 урока", "5 уроков", "11 уроков", "12 уроков", "14 уроков",
                "21 урок", "22 урока", "25 уроков", "101 урок", "111 уроков", "112 уроков");
    }

    @Test
    void a_due_date_some_days_away_says_the_days_in_the_right_form() {
        assertThat(said("schedule.due.in-days")).containsExactly(
                "Сдать через 0 дней", "Сдать через 1 день", "Сдать через 2 дня", "Сдать через 5 дней",
                "Сдать через 11 дней", "Сдать через 12 дней", "Сдать через 14 дней", "Сдать через 21 день",
                "Сдать через 22 дня", "Сдать через 25 дней", "Сдать через 101 день", "Сдать через 111 дней",
                "Сдать через 112 дней");
    }

    @Test
    void a_limit_after_a_preposition_takes_the_genitive_singular_only_for_numbers_ending_in_one() {
        assertThat(BUNDLES.text("base.limit.up-to", InterfaceLanguage.RUSSIAN, 21)).isEqualTo("Не больше 21 знака.");
        assertThat(BUNDLES.text("base.limit.up-to", InterfaceLanguage.RUSSIAN, 11)).isEqualTo("Не больше 11 знаков.");
        assertThat(BUNDLES.text("base.limit.up-to", InterfaceLanguage.RUSSIAN, 2000))
                .isEqualTo("Не больше 2\u00a0000 знаков.");
        assertThat(BUNDLES.text("base.limit.words.count", InterfaceLanguage.RUSSIAN, 3, 101))
                .isEqualTo("3 из 101 слова.");
    }

    @Test
    void english_and_chinese_counts_are_unchanged() {
        assertThat(BUNDLES.text("gradebook.late-count", InterfaceLanguage.ENGLISH, 21)).isEqualTo("21 lessons");
        assertThat(BUNDLES.text("gradebook.late-count", InterfaceLanguage.ENGLISH, 1)).isEqualTo("1 lesson");
        assertThat(BUNDLES.text("gradebook.late-count", InterfaceLanguage.CHINESE, 21)).isEqualTo("21 课");
    }

    private static Iterable<String> said(String key) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int count : COUNTS) {
            texts.put(count, BUNDLES.text(key, InterfaceLanguage.RUSSIAN, count));
        }
        return texts.values();
    }
}
