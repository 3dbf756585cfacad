package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RubricTest {

    record Score(String criterion, int points) {
    }

    static final Rubric RUBRIC = new Rubric(List.of(
            criterion("reading", 0, 1, 2),
            criterion("analysis", 0, 1, 2, 3),
            criterion("style", 1, 2)));

    static Rubric.Criterion criterion(String key, int... scores) {
        List<Rubric.Level> levels = java.util.Arrays.stream(scores)
                .mapToObj(score -> new Rubric.Level(score, "Level " + score, "Described " + score)).toList();
        return new Rubric.Criterion(key, "Title of " + key, levels);
    }

    @Test
    void the_most_a_rubric_gives_is_the_top_level_of_every_criterion() {
        assertThat(RUBRIC.maxTotal()).isEqualTo(2 + 3 + 2);
    }

    @Test
    void a_partly_scored_answer_totals_the_levels_chosen_so_far() {
        Rubric.Total total = RUBRIC.total(List.of(new Score("analysis", 3), new Score("reading", 1)),
                Score::criterion, Score::points);

        assertThat(total).isEqualTo(new Rubric.Total(4, 7));
    }

    @Test
    void a_score_on_a_criterion_since_removed_from_the_rubric_counts_for_nothing() {
        Rubric.Total total = RUBRIC.total(List.of(new Score("reading", 2), new Score("gone", 5)),
                Score::criterion, Score::points);

        assertThat(total).isEqualTo(new Rubric.Total(2, 7));
    }

    @Test
    void scores_read_in_the_rubrics_order_of_criteria_not_alphabetically() {
        List<Score> stored = List.of(new Score("analysis", 1), new Score("gone", 1), new Score("reading", 2),
                new Score("style", 1));

        assertThat(RUBRIC.inOrder(stored, Score::criterion)).extracting(Score::criterion)
                .containsExactly("reading", "analysis", "style", "gone");
    }
}
