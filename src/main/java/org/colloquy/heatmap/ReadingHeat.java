package org.colloquy.heatmap;

import java.util.List;
import java.util.Map;
import org.colloquy.cohort.CohortRef;

/** For one cohort, the work citing each paragraph of the reading, by paragraph id. */
public record ReadingHeat(CohortRef cohort, Map<String, List<CitingWork>> byParagraph) {

    public ReadingHeat {
        byParagraph = Map.copyOf(byParagraph);
    }

    public List<CitingWork> citing(String paragraphId) {
        return byParagraph.getOrDefault(paragraphId, List.of());
    }

    public long count(String paragraphId, CitingWork.Kind... kinds) {
        List<CitingWork.Kind> wanted = List.of(kinds);
        return citing(paragraphId).stream().filter(work -> wanted.contains(work.kind())).count();
    }

    public int max() {
        return byParagraph.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** How warm a paragraph is, from 0 (nothing cites it) to 4 (cited as often as the most cited paragraph). */
    public int level(String paragraphId) {
        int count = citing(paragraphId).size();
        int max = max();
        return count == 0 || max == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * count / max));
    }
}
