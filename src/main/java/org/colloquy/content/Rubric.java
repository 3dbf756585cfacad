package org.colloquy.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Criteria, each with levels of increasing score. */
public record Rubric(List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    public record Criterion(String key, String title, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }

        /** The score of this criterion's top level. */
        public int maxScore() {
            return levels.stream().mapToInt(Level::score).max().orElse(0);
        }
    }

    public record Level(int score, String label, String description) {
    }

    /** The points an answer got out of the most this rubric gives (the top level of every criterion). */
    public record Total(int points, int max) {
    }

    /** The highest total this rubric gives. */
    public int maxTotal() {
        return criteria.stream().mapToInt(Criterion::maxScore).sum();
    }

    /**
     * The total of these scores out of {@link #maxTotal()}; a score on a criterion the rubric no longer has counts
     * for nothing.
     */
    public <T> Total total(Collection<T> scores, Function<T, String> criterionKey, ToIntFunction<T> score) {
        int points = scores.stream().filter(each -> position(criterionKey.apply(each)) < criteria.size())
                .mapToInt(score).sum();
        return new Total(points, maxTotal());
    }

    /** These scores in the order of the rubric's criteria; scores on criteria it no longer has come last, by key. */
    public <T> List<T> inOrder(Collection<T> scores, Function<T, String> criterionKey) {
        return scores.stream()
                .sorted(Comparator.comparingInt((T each) -> position(criterionKey.apply(each)))
                        .thenComparing(criterionKey))
                .toList();
    }

    private int position(String criterionKey) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).key().equals(criterionKey)) {
                return i;
            }
        }
        return criteria.size();
    }
}
