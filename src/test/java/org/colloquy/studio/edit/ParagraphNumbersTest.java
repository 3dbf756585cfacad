package org.colloquy.studio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** References that name a paragraph by its place are renumbered to keep naming the same paragraph (decision 0053). */
class ParagraphNumbersTest {

    /** p1 p2 p3 p4, then a new paragraph n between p1 and p2: p2 is now 3, p3 is 4, p4 is 5. */
    private static final Map<Integer, Integer> INSERTED_AFTER_1 =
            ParagraphNumbers.moves(List.of("p1", "p2", "p3", "p4"), List.of("p1", "n", "p2", "p3", "p4"));

    @Test
    void a_paragraph_inserted_moves_every_later_paragraph_one_place_and_leaves_the_earlier_ones() {
        assertThat(INSERTED_AFTER_1).isEqualTo(Map.of(2, 3, 3, 4, 4, 5));
    }

    @Test
    void a_citation_of_a_paragraph_after_the_insert_names_its_new_number_and_keeps_its_sentence() {
        assertThat(ParagraphNumbers.renumber("Reread [¶3.2] first.", INSERTED_AFTER_1))
                .isEqualTo("Reread [¶4.2] first.");
    }

    @Test
    void a_citation_of_a_paragraph_before_the_insert_is_left_as_it_is() {
        assertThat(ParagraphNumbers.renumber("As [¶1.3] says, and ¶1 too.", INSERTED_AFTER_1))
                .isEqualTo("As [¶1.3] says, and ¶1 too.");
    }

    @Test
    void a_citation_of_the_paragraph_the_new_one_is_inserted_at_follows_that_paragraph_down() {
        var insertedBefore2 = ParagraphNumbers.moves(List.of("p1", "p2", "p3"), List.of("p1", "n", "p2", "p3"));

        assertThat(ParagraphNumbers.renumber("See [¶2] and [¶2.1].", insertedBefore2))
                .isEqualTo("See [¶3] and [¶3.1].");
    }

    @Test
    void a_paragraph_inserted_at_the_very_start_moves_all() {
        var first = ParagraphNumbers.moves(List.of("p1", "p2"), List.of("n", "p1", "p2"));

        assertThat(ParagraphNumbers.renumber("[¶1] then [¶2.4]", first)).isEqualTo("[¶2] then [¶3.4]");
    }

    @Test
    void removing_an_uncited_paragraph_before_cited_ones_moves_them_one_place_back() {
        var removed2 = ParagraphNumbers.moves(List.of("p1", "p2", "p3", "p4"), List.of("p1", "p3", "p4"));

        assertThat(removed2).isEqualTo(Map.of(3, 2, 4, 3));
        assertThat(ParagraphNumbers.renumber("[¶1.1], [¶3.2] and paragraph 4", removed2))
                .isEqualTo("[¶1.1], [¶2.2] and paragraph 3");
    }

    @Test
    void several_references_in_one_field_each_follow_their_own_paragraph() {
        assertThat(ParagraphNumbers.renumber("Compare [¶2] with [¶4.1], then reread [¶2.3], ¶1 and ¶3.",
                INSERTED_AFTER_1)).isEqualTo("Compare [¶3] with [¶5.1], then reread [¶3.3], ¶1 and ¶4.");
    }

    @Test
    void numbers_are_not_shifted_twice_when_one_paragraph_moves_into_the_place_of_another() {
        assertThat(ParagraphNumbers.renumber("[¶2] [¶3]", INSERTED_AFTER_1)).isEqualTo("[¶3] [¶4]");
    }

    @Test
    void the_drafters_words_in_english_russian_and_chinese_follow_their_paragraphs() {
        assertThat(ParagraphNumbers.renumber("Paragraph 2: an open question", INSERTED_AFTER_1))
                .isEqualTo("Paragraph 3: an open question");
        assertThat(ParagraphNumbers.renumber("Read paragraphs 2–4 closely.", INSERTED_AFTER_1))
                .isEqualTo("Read paragraphs 3–5 closely.");
        assertThat(ParagraphNumbers.renumber("Quote at least one phrase of paragraph 3 and explain it.",
                INSERTED_AFTER_1)).isEqualTo("Quote at least one phrase of paragraph 4 and explain it.");
        assertThat(ParagraphNumbers.renumber("paragraphs 1, 2 and 4", INSERTED_AFTER_1))
                .isEqualTo("paragraphs 1, 3 and 5");
        assertThat(ParagraphNumbers.renumber("Процитируйте хотя бы одну фразу из абзаца 3. Абзацы 2–4.",
                INSERTED_AFTER_1)).isEqualTo("Процитируйте хотя бы одну фразу из абзаца 4. Абзацы 3–5.");
        assertThat(ParagraphNumbers.renumber("至少引用第 3 段中的一句话。请细读第 2–4 段。第2段", INSERTED_AFTER_1))
                .isEqualTo("至少引用第 4 段中的一句话。请细读第 3–5 段。第3段");
    }

    @Test
    void keys_ids_counts_and_other_numbers_are_not_references_and_are_kept() {
        String text = "cites: [p2, p3] respond-p2-1 > words [p3] in 3 paragraphs, since 2014, "
                + "paragraphing 2, subparagraph 2, 第2章, ¶12345";

        assertThat(ParagraphNumbers.renumber(text, INSERTED_AFTER_1)).isEqualTo(text);
    }

    @Test
    void words_quoted_from_the_essay_are_never_renumbered_only_the_references_around_them() {
        String text = """
                The essay leaves this open: “Why does paragraph 3 of the treaty matter?” Reread [¶3].

                > As ¶3 of the treaty says [p2]

                Эссе оставляет это открытым: «абзац 3 договора» — см. [¶3.1].""";

        assertThat(ParagraphNumbers.renumber(text, INSERTED_AFTER_1)).isEqualTo("""
                The essay leaves this open: “Why does paragraph 3 of the treaty matter?” Reread [¶4].

                > As ¶3 of the treaty says [p2]

                Эссе оставляет это открытым: «абзац 3 договора» — см. [¶4.1].""");
        assertThat(ParagraphNumbers.named(text)).containsExactly(3);
    }

    @Test
    void an_opening_quotation_mark_left_open_hides_nothing_past_its_paragraph() {
        assertThat(ParagraphNumbers.renumber("An “open quote, [¶2]\n\nthen [¶3] and ” closed.", INSERTED_AFTER_1))
                .isEqualTo("An “open quote, [¶3]\n\nthen [¶4] and ” closed.");
    }

    @Test
    void a_heading_added_moves_no_paragraph() {
        var afterHeading = ParagraphNumbers.moves(List.of("p1", "p2"), List.of("p1", "p2"));

        assertThat(ParagraphNumbers.renumber("[¶2.1]", afterHeading)).isEqualTo("[¶2.1]");
    }

    @Test
    void a_paragraph_named_alone_in_a_list_or_as_the_end_of_a_range_is_named() {
        assertThat(ParagraphNumbers.names("Reread [¶3.2].", 3)).isTrue();
        assertThat(ParagraphNumbers.names("paragraphs 2–4", 4)).isTrue();
        assertThat(ParagraphNumbers.names("第 5 段", 5)).isTrue();
        assertThat(ParagraphNumbers.names("[¶3.2] and 4 reasons", 2)).isFalse();
        assertThat(ParagraphNumbers.names("cites [p3]", 3)).isFalse();
    }

    @Test
    void places_are_not_guessed_when_an_id_is_there_twice() {
        assertThat(ParagraphNumbers.moves(List.of("p1", "p2"), List.of("p1", "p1", "p2"))).isEmpty();
    }
}
