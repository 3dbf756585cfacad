package org.colloquy.review;

import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.content.Paragraph;

/** For each paragraph of the reading: how many prompts cite it, and how many answers the class wrote on them. */
public record PassageEngagement(CohortRef cohort, String readingTitle, List<Row> paragraphs) {

    public record Row(Paragraph paragraph, int prompts, int answers) {
    }

    public int mostAnswers() {
        return paragraphs.stream().mapToInt(Row::answers).max().orElse(0);
    }
}
