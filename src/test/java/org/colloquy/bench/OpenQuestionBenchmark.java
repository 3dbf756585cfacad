package org.colloquy.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.questions.QuestionFinder;

/**
 * The open-question finder against essays whose questions a reader marked by hand ({@link AnnotatedEssay}): recall
 * of explicit and of implied questions and precision, per language, against the targets of issue #14; and the time
 * to find the questions of a 20,000-word essay. Writes its section of docs/performance.md.
 *
 * <p>Run it with {@code ./mvnw -Pbench -DskipTests test-compile exec:java@open-questions}.
 */
public final class OpenQuestionBenchmark {

    static final String NAME = "open-questions";
    static final double EXPLICIT_RECALL_TARGET = 0.95;
    static final double IMPLIED_RECALL_TARGET = 0.70;
    static final double PRECISION_TARGET = 0.85;
    static final int LONG_ESSAY_WORDS = 20_000;
    static final double LONG_ESSAY_BUDGET_SECONDS = 2.0;

    private OpenQuestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        QuestionFinder finder = new QuestionFinder();
        List<AnnotatedEssay> essays = AnnotatedEssay.all();
        SetScore tuned = SetScore.of(finder, essays);
        SetScore heldOut = SetScore.of(finder, AnnotatedEssay.all(AnnotatedEssay.HELD_OUT));
        Essay longEssay = longEssay(essays);
        List<Double> seconds = new ArrayList<>();
        double cold = time(finder, longEssay);
        for (int run = 0; run < 10; run++) {
            seconds.add(time(finder, longEssay));
        }
        String section = render(tuned.byLanguage(), tuned.essayRows(), words(longEssay), cold, Stats.median(seconds))
                + heldOut(heldOut);
        new PerformanceDoc(report).replaceSection(NAME, section);
        System.out.println(section);
    }

    /** The finder's scores over one set of annotated essays: per language, and one table row per essay. */
    record SetScore(Map<String, FinderScore> byLanguage, List<String> essayRows) {

        static SetScore of(QuestionFinder finder, List<AnnotatedEssay> essays) {
            Map<String, FinderScore> byLanguage = new TreeMap<>();
            List<String> essayRows = new ArrayList<>();
            for (AnnotatedEssay annotated : essays) {
                FinderScore score = FinderScore.of(annotated.marked(), finder.find(annotated.essay()));
                byLanguage.merge(annotated.essay().language(), score, FinderScore::plus);
                essayRows.add("| `%s` | %d | %d | %d/%d | %d/%d | %d/%d |".formatted(annotated.name(),
                        annotated.essay().paragraphs().size(), words(annotated.essay()), score.explicitFound(),
                        score.explicitMarked(), score.impliedFound(), score.impliedMarked(), score.foundRight(),
                        score.found()));
            }
            return new SetScore(byLanguage, essayRows);
        }
    }

    static String heldOut(SetScore heldOut) {
        StringBuilder md = new StringBuilder("\n### Held out: essays the rules were not tuned on\n\n");
        md.append("The essays in `src/test/resources/bench/open-questions-held-out` were marked by hand after the last "
                + "change to the finder's rules and scored before any change; these figures say what it does on text "
                + "it has not seen. A rule change made because of them moves the essay into the tuned set above.\n\n");
        md.append("| essay | paragraphs | words (zh: characters) | explicit found | implied found | found that are right |\n");
        md.append("|:---|---:|---:|---:|---:|---:|\n");
        heldOut.essayRows().forEach(row -> md.append(row).append('\n'));
        md.append("\n| language | explicit recall | implied recall | precision |\n|:---|---:|---:|---:|\n");
        heldOut.byLanguage().forEach((language, score) -> md.append(String.format(Locale.ROOT,
                "| %s | %.2f (%d/%d) | %s | %.2f (%d/%d) |%n", language, score.explicitRecall(),
                score.explicitFound(), score.explicitMarked(), score.impliedMarked() == 0 ? "none marked"
                        : String.format(Locale.ROOT, "%.2f (%d/%d)", score.impliedRecall(), score.impliedFound(),
                        score.impliedMarked()), score.precision(), score.foundRight(), score.found())));
        heldOut.byLanguage().forEach((language, score) -> {
            score.missed().forEach(missed -> md.append("\n- ").append(language).append(" missed: ").append(missed));
            score.wrong().forEach(wrong -> md.append("\n- ").append(language).append(" not open: ").append(wrong));
        });
        return md.append('\n').toString();
    }

    static String render(Map<String, FinderScore> byLanguage, List<String> essayRows, int longWords, double cold,
                         double warm) {
        StringBuilder md = new StringBuilder("## Open-question finder: recall, precision and speed\n\n");
        md.append("Measured %s on %s. `OpenQuestionBenchmark` runs `studio.questions.QuestionFinder` over the essays "
                .formatted(LocalDate.now(), MachineInfo.current().java()));
        md.append("in `src/test/resources/bench/open-questions`, whose open questions a reader marked by hand "
                + "(method in the notes below), and over one essay of %,d words made of their English paragraphs.\n\n"
                .formatted(longWords));
        md.append("| essay | paragraphs | words (zh: characters) | explicit found | implied found | found that are right |\n");
        md.append("|:---|---:|---:|---:|---:|---:|\n");
        essayRows.forEach(row -> md.append(row).append('\n'));
        md.append("\n| language | explicit recall | implied recall | precision | targets |\n|:---|---:|---:|---:|:---|\n");
        List<String> verdicts = new ArrayList<>();
        byLanguage.forEach((language, score) -> {
            boolean met = score.explicitRecall() >= EXPLICIT_RECALL_TARGET
                    && score.impliedRecall() >= IMPLIED_RECALL_TARGET && score.precision() >= PRECISION_TARGET;
            md.append(String.format(Locale.ROOT, "| %s | %.2f (%d/%d) | %.2f (%d/%d) | %.2f (%d/%d) | %s |%n",
                    language, score.explicitRecall(), score.explicitFound(), score.explicitMarked(),
                    score.impliedRecall(), score.impliedFound(), score.impliedMarked(), score.precision(),
                    score.foundRight(), score.found(), met ? "met" : "not met"));
            if (!met) {
                verdicts.add(language);
            }
        });
        boolean flawless = byLanguage.values().stream()
                .allMatch(score -> score.missed().isEmpty() && score.wrong().isEmpty());
        md.append(flawless ? "\nNothing missed, nothing wrongly found.\n"
                : "\nMissed and wrongly found, for the next round of tuning:\n\n");
        byLanguage.forEach((language, score) -> {
            score.missed().forEach(missed -> md.append("- ").append(language).append(" missed: ").append(missed)
                    .append('\n'));
            score.wrong().forEach(wrong -> md.append("- ").append(language).append(" not open: ").append(wrong)
                    .append('\n'));
        });
        md.append(String.format(Locale.ROOT, "%nA %,d-word essay: %.0f ms the first time in a fresh JVM, "
                + "%.0f ms after (median of 10), against a budget of %.0f s.%n%n", longWords, cold * 1000, warm * 1000,
                LONG_ESSAY_BUDGET_SECONDS));
        md.append(verdicts.isEmpty()
                ? "**Explicit recall ≥ 0.95, implied recall ≥ 0.70 and precision ≥ 0.85 in every language: met.**\n"
                : "**Targets not met for: " + String.join(", ", verdicts) + ".**\n");
        md.append(String.format(Locale.ROOT, "**%,d-word essay in %.0f ms (cold %.0f ms), budget %.0f s: %s.**%n",
                longWords, warm * 1000, cold * 1000, LONG_ESSAY_BUDGET_SECONDS,
                Math.max(cold, warm) < LONG_ESSAY_BUDGET_SECONDS ? "pass" : "over budget"));
        return md.toString();
    }

    /** The English paragraphs of the benchmark, repeated until the essay has at least 20,000 words. */
    static Essay longEssay(List<AnnotatedEssay> essays) {
        List<String> english = essays.stream().filter(essay -> essay.essay().language().equals("en"))
                .flatMap(essay -> essay.essay().paragraphs().stream()).map(EssayParagraph::text).toList();
        List<EssayParagraph> paragraphs = new ArrayList<>();
        int words = 0;
        while (words < LONG_ESSAY_WORDS) {
            String text = english.get(paragraphs.size() % english.size());
            paragraphs.add(new EssayParagraph(paragraphs.size() + 1, null, text));
            words += text.split("\\s+").length;
        }
        return new Essay("Long essay", "Benchmark", "", "en", paragraphs);
    }

    private static double time(QuestionFinder finder, Essay essay) {
        long started = System.nanoTime();
        List<OpenQuestion> questions = finder.find(essay);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (questions.isEmpty()) {
            throw new IllegalStateException("the long essay has questions; the finder found none");
        }
        return seconds;
    }

    /** Words, or for Chinese, which does not space its words, characters. */
    private static int words(Essay essay) {
        return essay.paragraphs().stream().mapToInt(paragraph -> essay.language().equals("zh")
                ? (int) paragraph.text().codePoints().filter(Character::isIdeographic).count()
                : paragraph.text().strip().split("\\s+").length).sum();
    }
}
