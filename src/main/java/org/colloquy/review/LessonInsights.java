package org.colloquy.review;

import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.content.Lesson;

/** How a cohort answered one lesson's positions and checks. */
public record LessonInsights(CohortRef cohort, Lesson lesson, List<PositionInsight> positions, List<CheckInsight> checks) {

    /**
     * One claim asked before and after: how many chose each point of the scale each time ({@code before[0]} is
     * "Strongly disagree"), and of the students who answered both, how many moved which way.
     */
    public record PositionInsight(String claim, int[] before, int[] after, int movedTowardAgree,
                                  int movedTowardDisagree, int stayed) {
        public int answeredBoth() {
            return movedTowardAgree + movedTowardDisagree + stayed;
        }
    }

    public record CheckInsight(String question, List<OptionShare> options, int answered) {
    }

    public record OptionShare(String text, boolean correct, int chosen) {
        public int percentOf(int answered) {
            return answered == 0 ? 0 : Math.round(100f * chosen / answered);
        }
    }
}
