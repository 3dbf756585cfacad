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
import java.util.stream.Collectors;

/**
 * Runs axe-core (its script comes with the Maven artifact, no npm) on the page as it is, against WCAG 2.0 and 2.1
 * levels A and AA, and fails on any serious or critical violation. Every finding, minor ones too, is written to
 * {@code target/journeys/axe-NAME.txt}.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Accessibility() {
    }

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
