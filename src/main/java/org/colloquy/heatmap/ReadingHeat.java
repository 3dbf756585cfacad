package org.colloquy.heatmap;

import java.util.List;
import java.util.Map;
import org.colloquy.cohort.CohortRef;

/**
 * For one cohort and by paragraph id: the work citing each paragraph of the reading (typed {@code [¶N]}), and how many
 * submitted answers went to prompts about it (the paragraphs a prompt declares in the course). A paragraph no prompt is
 * about has no entry in {@code answersAbout}.
 */
public record ReadingHeat(CohortRef cohort, Map<String, List<CitingWork>> byParagraph,
                          Map<String, Integer> answersAbout) {

    public ReadingHeat {
        byParagraph = Map.copyOf(byParagraph);
        answersAbout = Map.copyOf(answersAbout);
    }

    public List<CitingWork> citing(String paragraphId) {
        return byParagraph.getOrDefault(paragraphId, List.of());
    }

    public long count(String paragraphId, CitingWork.Kind... kinds) {
        List<CitingWork.Kind> wanted = List.of(kinds);
        return citing(paragraphId).stream().filter(work -> wanted.contains(work.kind())).count();
    }

    /** Whether some prompt of the course is about this paragraph. */
    public boolean askedAbout(String paragraphId) {
        return answersAbout.containsKey(paragraphId);
    }

    /** How many submitted answers went to prompts about this paragraph. */
    public int answersAbout(String paragraphId) {
        return answersAbout.getOrDefault(paragraphId, 0);
    }

    /** How much of the class's work is on this paragraph: the work citing it and the answers to prompts about it. */
    public int weight(String paragraphId) {
        return citing(paragraphId).size() + answersAbout(paragraphId);
    }

    public int max() {
        return java.util.stream.Stream.concat(byParagraph.keySet().stream(), answersAbout.keySet().stream())
                .mapToInt(this::weight).max().orElse(0);
    }

    /** How warm a paragraph is, from 0 (no work on it) to 4 (as much as on the paragraph with the most). */
    public int level(String paragraphId) {
        int weight = weight(paragraphId);
        int max = max();
        return weight == 0 || max == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * weight / max));
    }
}
