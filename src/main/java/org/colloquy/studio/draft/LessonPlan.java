package org.colloquy.studio.draft;

import java.util.List;
import java.util.TreeSet;
import org.colloquy.studio.OpenQuestion;
import org.jspecify.annotations.Nullable;

/** One lesson to draft: its key, the section it stands in if any, and the open questions it asks. */
record LessonPlan(String key, @Nullable String section, List<OpenQuestion> questions) {

    LessonPlan {
        questions = List.copyOf(questions);
    }

    OpenQuestion main() {
        return questions.getFirst();
    }

    int firstParagraph() {
        return questions.stream().mapToInt(OpenQuestion::paragraph).min().orElseThrow();
    }

    int lastParagraph() {
        return questions.stream().mapToInt(OpenQuestion::paragraph).max().orElseThrow();
    }

    /** The paragraphs the lesson's passage shows: each question's paragraph and the one before it, for context. */
    List<Integer> passage() {
        var paragraphs = new TreeSet<Integer>();
        for (OpenQuestion question : questions) {
            if (question.paragraph() > 1) {
                paragraphs.add(question.paragraph() - 1);
            }
            paragraphs.add(question.paragraph());
        }
        return List.copyOf(paragraphs);
    }
}
