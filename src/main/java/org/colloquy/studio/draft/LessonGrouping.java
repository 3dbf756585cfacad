package org.colloquy.studio.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.jspecify.annotations.Nullable;

/**
 * Groups the kept questions into lessons, in the essay's order: questions of one section go together; without
 * sections, questions at most {@value #NEIGHBOURS} paragraphs apart do. No lesson asks more than
 * {@value #MOST_QUESTIONS} questions; the same sentence is asked once.
 */
final class LessonGrouping {

    static final int NEIGHBOURS = 2;
    static final int MOST_QUESTIONS = 3;

    private LessonGrouping() {
    }

    static List<LessonPlan> of(Essay essay, List<OpenQuestion> kept) {
        List<OpenQuestion> ordered = inEssayOrder(kept);
        List<List<OpenQuestion>> groups = new ArrayList<>();
        List<OpenQuestion> group = new ArrayList<>();
        for (OpenQuestion question : ordered) {
            if (!group.isEmpty() && !belongTogether(essay, group, question)) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(question);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return plans(essay, groups);
    }

    private static List<OpenQuestion> inEssayOrder(List<OpenQuestion> kept) {
        var bySentence = new LinkedHashMap<String, OpenQuestion>();
        kept.stream()
                .sorted(Comparator.comparingInt(OpenQuestion::paragraph).thenComparingInt(OpenQuestion::sentence))
                .forEach(question -> bySentence.putIfAbsent(question.paragraph() + "." + question.sentence(), question));
        return List.copyOf(bySentence.values());
    }

    private static boolean belongTogether(Essay essay, List<OpenQuestion> group, OpenQuestion next) {
        if (group.size() >= MOST_QUESTIONS) {
            return false;
        }
        OpenQuestion first = group.getFirst();
        if (hasSections(essay)) {
            return Objects.equals(section(essay, first.paragraph()), section(essay, next.paragraph()));
        }
        return next.paragraph() - first.paragraph() <= NEIGHBOURS;
    }

    private static List<LessonPlan> plans(Essay essay, List<List<OpenQuestion>> groups) {
        Set<String> keys = new HashSet<>();
        List<LessonPlan> plans = new ArrayList<>();
        for (List<OpenQuestion> questions : groups) {
            int first = questions.getFirst().paragraph();
            int last = questions.getLast().paragraph();
            String key = first == last ? "paragraph-" + first : "paragraphs-" + first + "-" + last;
            String unique = key;
            for (int n = 2; !keys.add(unique); n++) {
                unique = key + "-" + n;
            }
            plans.add(new LessonPlan(unique, hasSections(essay) ? section(essay, first) : null, questions));
        }
        return plans;
    }

    private static boolean hasSections(Essay essay) {
        return essay.paragraphs().stream().anyMatch(paragraph -> paragraph.section() != null);
    }

    private static @Nullable String section(Essay essay, int paragraph) {
        return essay.paragraphs().stream().filter(p -> p.number() == paragraph).findFirst()
                .map(EssayParagraph::section).orElse(null);
    }
}
