package org.colloquy.content;

import java.util.List;

/** Criteria, each with levels of increasing score. */
public record Rubric(List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    public record Criterion(String key, String title, List<Level> levels) {
        public Criterion {
            levels = List.copyOf(levels);
        }
    }

    public record Level(int score, String label, String description) {
    }
}
