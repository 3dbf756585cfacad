package org.colloquy.journeys;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core (its script comes with the Maven artifact, no npm) on the page as it is, against WCAG 2.0 and 2.1
 * levels A and AA, and fails on any serious or critical violation. Every finding, minor ones too, is written to
 * {@code target/journeys/axe-NAME.txt}. It also checks the outline of headings, which axe reports only as a
 * best practice: one visible h1 and no skipped level on the way down (h2 to h4).
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Accessibility() {
    }

    /** The visible headings of the page, shadow roots included, in document order: level (1 to 6) and text. */
    private static final String HEADING_LEVELS = """
            () => {
              const levels = [];
              const visit = root => {
                for (const el of root.querySelectorAll('*')) {
                  const tag = /^H([1-6])$/.exec(el.tagName);
                  const aria = el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level') || 2) : 0;
                  const level = aria || (tag ? Number(tag[1]) : 0);
                  if (level && el.checkVisibility() && el.getAttribute('aria-hidden') !== 'true') {
                    levels.push({level, text: '<' + el.tagName.toLowerCase() + '> ' + el.textContent.trim().slice(0, 40)});
                  }
                  if (el.shadowRoot) {
                    visit(el.shadowRoot);
                  }
                }
              };
              visit(document);
              return levels;
            }""";

    static void check(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.getPasses().isEmpty()) {
            throw new AssertionError("axe-core ran no rule on " + name + " (" + page.url() + ")");
        }
        List<Rule> violations = results.getViolations();
        write(name, page.url(), violations);
        List<Rule> blocking = violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("WCAG 2.1 AA: " + blocking.size() + " serious or critical violation(s) on "
                    + name + " (" + page.url() + "):\n" + describe(blocking));
        }
        checkHeadings(page, name);
        checkChartsHaveText(page, name);
    }

    /**
     * Charts are images (class {@code chart} or {@code distribution-chart}) with an alt text and, beside them in
     * their section, a table of the same numbers; a word cloud says each word's count in text, not only by its size.
     */
    private static final String CHARTS_WITHOUT_TEXT = """
            () => {
              const missing = [];
              for (const chart of document.querySelectorAll('img.chart, img.distribution-chart')) {
                const section = chart.closest('.distribution, .dashboard-section, section') || chart.parentElement;
                const rows = section.querySelectorAll('table tbody tr').length;
                if (!chart.alt.trim() || rows === 0) {
                  missing.push('chart "' + chart.alt + '" has ' + rows + ' table rows beside it');
                }
              }
              for (const word of document.querySelectorAll('#word-cloud [role=listitem]')) {
                if (!/\\d+ times?$/.test(word.textContent.trim())) {
                  missing.push('word cloud word "' + word.textContent.trim() + '" does not say its count');
                }
              }
              return missing;
            }""";

    static void checkChartsHaveText(Page page, String name) {
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) page.evaluate(CHARTS_WITHOUT_TEXT);
        if (!missing.isEmpty()) {
            throw new AssertionError("Charts without a text equivalent on " + name + " (" + page.url() + "): " + missing);
        }
    }

    /** One h1, and going down the outline never skips a level (going back up may jump any number). */
    static void checkHeadings(Page page, String name) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> headings = (List<Map<String, Object>>) page.evaluate(HEADING_LEVELS);
        String outline = headings.stream().map(heading -> "h" + heading.get("level") + " " + heading.get("text"))
                .collect(Collectors.joining("\n    ", "\n    ", ""));
        long topLevel = headings.stream().filter(heading -> level(heading) == 1).count();
        if (topLevel != 1) {
            throw new AssertionError("Heading outline: " + topLevel + " visible h1 on " + name + " (" + page.url()
                    + "), expected exactly one; outline:" + outline);
        }
        int previous = 0;
        for (Map<String, Object> heading : headings) {
            int level = level(heading);
            if (level > previous + 1) {
                throw new AssertionError("Heading outline: h" + previous + " is followed by h" + level + " on " + name
                        + " (" + page.url() + "), a skipped level; outline:" + outline);
            }
            previous = level;
        }
    }

    private static int level(Map<String, Object> heading) {
        return ((Number) heading.get("level")).intValue();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp()
                        + rule.getNodes().stream().limit(5)
                        .map(node -> "\n    " + node.getTarget() + " " + abbreviate(node.getHtml()))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 157) + "..." : html;
    }

    private static void write(String name, String url, List<Rule> violations) {
        try {
            Files.createDirectories(BrowserJourney.SCREENSHOTS);
            Path report = BrowserJourney.SCREENSHOTS.resolve("axe-" + name + ".txt");
            Files.writeString(report, url + "\n" + (violations.isEmpty() ? "no violations\n" : describe(violations) + "\n"));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
