package org.colloquy.bench;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.bench.AnnotatedEssay.MarkedQuestion;
import org.colloquy.studio.OpenQuestion;

/**
 * How well the finder's questions meet the hand-marked ones of one language: a marked question is found when a
 * question of its paragraph holds its quoted words (or lies within them, where the finder cut the sentence finer);
 * a found question is right when it meets a marked one. Counts add up over essays.
 */
record FinderScore(int explicitMarked, int explicitFound, int impliedMarked, int impliedFound, int found,
                   int foundRight, List<String> missed, List<String> wrong) {

    static FinderScore empty() {
        return new FinderScore(0, 0, 0, 0, 0, 0, List.of(), List.of());
    }

    static FinderScore of(List<MarkedQuestion> marked, List<OpenQuestion> foundQuestions) {
        int explicitMarked = 0;
        int explicitFound = 0;
        int impliedMarked = 0;
        int impliedFound = 0;
        List<String> missed = new ArrayList<>();
        for (MarkedQuestion question : marked) {
            boolean hit = foundQuestions.stream().anyMatch(found -> meets(found, question));
            if (question.kind().equals("explicit")) {
                explicitMarked++;
                explicitFound += hit ? 1 : 0;
            } else {
                impliedMarked++;
                impliedFound += hit ? 1 : 0;
            }
            if (!hit) {
                missed.add("¶" + question.paragraph() + " (" + question.kind() + ") " + question.quote());
            }
        }
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (OpenQuestion found : foundQuestions) {
            if (marked.stream().anyMatch(question -> meets(found, question))) {
                right++;
            } else {
                wrong.add("¶" + found.paragraph() + "." + found.sentence() + " " + found.text());
            }
        }
        return new FinderScore(explicitMarked, explicitFound, impliedMarked, impliedFound, foundQuestions.size(),
                right, missed, wrong);
    }

    static boolean meets(OpenQuestion found, MarkedQuestion marked) {
        if (found.paragraph() != marked.paragraph()) {
            return false;
        }
        String text = normalised(found.text());
        String quote = normalised(marked.quote());
        return text.contains(quote) || quote.contains(text);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    FinderScore plus(FinderScore other) {
        List<String> allMissed = new ArrayList<>(missed);
        allMissed.addAll(other.missed);
        List<String> allWrong = new ArrayList<>(wrong);
        allWrong.addAll(other.wrong);
        return new FinderScore(explicitMarked + other.explicitMarked, explicitFound + other.explicitFound,
                impliedMarked + other.impliedMarked, impliedFound + other.impliedFound, found + other.found,
                foundRight + other.foundRight, allMissed, allWrong);
    }

    double explicitRecall() {
        return ratio(explicitFound, explicitMarked);
    }

    double impliedRecall() {
        return ratio(impliedFound, impliedMarked);
    }

    double precision() {
        return ratio(foundRight, found);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
