package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.colloquy.bench.AnnotatedEssay.MarkedQuestion;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.OpenQuestion.Kind;
import org.junit.jupiter.api.Test;

class FinderScoreTest {

    private static final List<MarkedQuestion> MARKED = List.of(
            new MarkedQuestion(2, "Is a law proposed", "explicit"),
            new MarkedQuestion(3, "the question, whether societies of men", "implied"),
            new MarkedQuestion(5, "Кто там?", "explicit"));

    @Test
    void a_marked_question_counts_as_found_only_in_its_own_paragraph_and_with_its_words() {
        FinderScore score = FinderScore.of(MARKED, List.of(
                found(2, "Is a law proposed concerning private debts?", Kind.EXPLICIT),
                found(4, "It decides the question, whether societies of men can govern.", Kind.IMPLIED),
                found(3, "Nothing open here.", Kind.IMPLIED)));

        assertThat(score.explicitRecall()).isEqualTo(0.5);
        assertThat(score.impliedRecall()).isZero();
        assertThat(score.precision()).isEqualTo(1.0 / 3);
        assertThat(score.missed()).hasSize(2);
        assertThat(score.wrong()).hasSize(2);
    }

    @Test
    void a_sentence_the_finder_cut_finer_than_the_reader_still_meets_her_mark() {
        FinderScore score = FinderScore.of(List.of(new MarkedQuestion(1, "Why? he asked, and left.", "explicit")),
                List.of(found(1, "Why?", Kind.EXPLICIT)));

        assertThat(score.explicitRecall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
    }

    @Test
    void scores_of_two_essays_add_up() {
        FinderScore first = FinderScore.of(MARKED.subList(0, 1), List.of(found(2, "Is a law proposed?", Kind.EXPLICIT)));
        FinderScore second = FinderScore.of(MARKED.subList(1, 2), List.of());

        FinderScore both = first.plus(second);

        assertThat(both.explicitRecall()).isEqualTo(1.0);
        assertThat(both.impliedRecall()).isZero();
        assertThat(both.found()).isEqualTo(1);
    }

    private static OpenQuestion found(int paragraph, String text, Kind kind) {
        return new OpenQuestion(paragraph, 1, text, kind, "reason");
    }
}
