package org.colloquy.journeys;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks several views in one journey and fails once at the end, naming every view that failed, so that one
 * slow journey reports all its problems instead of the first.
 */
final class AccessibilityAudit {

    /**
     * The accessibility journeys add posts, reasons and live answers as the demo students; a database of their own
     * (shared by them, one application start) keeps other journeys' expectations about the demo class true.
     */
    static final String OWN_DATABASE = "spring.datasource.url=jdbc:h2:mem:accessibility;DB_CLOSE_DELAY=-1";
    static final String QUICK_PUSH = "colloquy.seminar.push-batch-window=250ms";

    private final List<String> failures = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();

    void check(Page page, String name) {
        checked.add(name);
        try {
            Accessibility.check(page, name);
        } catch (AssertionError failure) {
            failures.add(failure.getMessage());
        }
    }

    List<String> checked() {
        return List.copyOf(checked);
    }

    void assertEveryViewPassed() {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + checked.size() + " views failed:\n\n"
                    + String.join("\n\n", failures));
        }
    }
}
