package org.colloquy.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A person at the keyboard alone: moves with Tab and Shift+Tab, acts with Enter, Space and the arrow keys, and
 * looks where the focus is. Never clicks. The focused element is found through shadow roots (a grid cell, a field's
 * input), and "visible focus" means an outline or a focus ring the computed style shows on it or its component.
 */
final class Keyboard {

    private static final int MOST_PRESSES = 80;

    /** The innermost focused element, through open shadow roots. */
    private static final String DEEP_FOCUS = """
            const deepFocus = () => {
              let focused = document.activeElement;
              while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
              }
              return focused;
            };
            const outward = node => node.parentElement
              || (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
            """;

    private static final String FOCUS_IS_INSIDE = "target => {" + DEEP_FOCUS + """
              for (let node = deepFocus(); node; node = outward(node)) {
                if (node === target) { return true; }
              }
              return false;
            }""";

    /** How the focused element shows its focus: its own outline or ring, its ::before, or its component's. */
    private static final String FOCUS_INDICATOR = "() => {" + DEEP_FOCUS + """
              const ring = style => (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
                || (style.boxShadow !== 'none' && /[1-9][0-9.]*px/.test(style.boxShadow));
              const focused = deepFocus();
              if (!focused || focused === document.body) { return 'nothing is focused'; }
              let node = focused;
              for (let level = 0; node && level < 3; level++, node = outward(node)) {
                for (const pseudo of [null, '::before', '::after']) {
                  const style = getComputedStyle(node, pseudo);
                  if (ring(style)) {
                    return 'visible';
                  }
                }
              }
              return 'no outline or focus ring on <' + focused.tagName.toLowerCase() + '> '
                + (focused.textContent || focused.getAttribute('aria-label') || '').trim().slice(0, 40);
            }""";

    private static final String FOCUS_DESCRIPTION = "() => {" + DEEP_FOCUS + """
              const focused = deepFocus();
              return focused ? '<' + focused.tagName.toLowerCase() + (focused.id ? '#' + focused.id : '') + '> '
                + (focused.getAttribute('aria-label') || focused.textContent || '').trim().slice(0, 60) : 'nothing';
            }""";

    private final Page page;

    Keyboard(Page page) {
        this.page = page;
    }

    void press(String key) {
        page.keyboard().press(key);
    }

    void type(String text) {
        page.keyboard().type(text);
    }

    /** Presses Tab until the focus is on or inside the target; fails after {@value #MOST_PRESSES} presses. */
    void tabTo(Locator target) {
        moveTo(target, "Tab");
    }

    /** Presses Shift+Tab until the focus is on or inside the target. */
    void shiftTabTo(Locator target) {
        moveTo(target, "Shift+Tab");
    }

    private void moveTo(Locator target, String key) {
        target.first().waitFor();
        for (int presses = 0; presses < MOST_PRESSES; presses++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError(key + " never reached " + target + "; the focus is on " + focused());
    }

    boolean hasFocus(Locator target) {
        return (Boolean) target.first().evaluate(FOCUS_IS_INSIDE);
    }

    String focused() {
        return (String) page.evaluate(FOCUS_DESCRIPTION);
    }

    /** The focused element shows it has the focus (WCAG 2.4.7), by computed style. */
    void assertFocusVisible(String where) {
        assertThat((String) page.evaluate(FOCUS_INDICATOR)).as("visible focus on " + where + ", " + focused())
                .isEqualTo("visible");
    }
}
