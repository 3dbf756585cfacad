package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The projector is read across a seminar room: at 1920×1080 its text is at least 32 px (labels such as the question
 * number, the join instructions and captions at least 24 px) and every text has a contrast of at least 7:1 with its
 * background (WCAG AAA), on every screen it shows. With the system's "reduce motion" setting nothing on it moves
 * by itself. docs/accessibility.md states these rules.
 */
@TestPropertySource(properties = {AccessibilityAudit.OWN_DATABASE, AccessibilityAudit.QUICK_PUSH})
class ProjectorRoomJourney extends BrowserJourney {

    static final double BODY_PX = 32;
    static final double LABEL_PX = 24;
    static final double CONTRAST = 7;
    /** The projector's secondary text, allowed the smaller label size. */
    static final String LABELS = ".projector-number, .projector-join, .projector-timer-caption, .chart-title, "
            + ".projector .passage-panel summary";

    /** Every visible element with text of its own: its text, size in px, contrast with what is behind it, label or not. */
    private static final String TEXT_ON_SCREEN = """
            labels => {
              const parse = colour => {
                const parts = (colour.match(/rgba?\\(([^)]+)\\)/) || [null, '0 0 0'])[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
                return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
              };
              const luminance = ({r, g, b}) => {
                const linear = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
              };
              const behind = element => {
                for (let node = element; node; node = node.parentElement) {
                  const colour = parse(getComputedStyle(node).backgroundColor);
                  if (colour.a > 0.5) { return colour; }
                }
                return {r: 255, g: 255, b: 255, a: 1};
              };
              const found = [];
              for (const element of document.querySelectorAll('#main-content *')) {
                const ownText = [...element.childNodes].filter(node => node.nodeType === 3).map(node => node.textContent).join('').trim();
                if (!ownText || !element.checkVisibility()) { continue; }
                const style = getComputedStyle(element);
                const front = luminance(parse(style.color));
                const back = luminance(behind(element));
                found.push({
                  text: ownText.slice(0, 40),
                  size: parseFloat(style.fontSize),
                  contrast: (Math.max(front, back) + 0.05) / (Math.min(front, back) + 0.05),
                  label: element.closest(labels) !== null
                });
              }
              return found;
            }""";

    /** Anything in the page or its components' shadow roots with a running transition or animation. */
    private static final String MOVING = """
            () => {
              const moving = [];
              const visit = root => {
                for (const element of root.querySelectorAll('*')) {
                  const style = getComputedStyle(element);
                  const lasts = durations => durations.split(',').some(duration => parseFloat(duration) > 0);
                  if (lasts(style.transitionDuration) || (style.animationName !== 'none' && lasts(style.animationDuration))) {
                    moving.push('<' + element.tagName.toLowerCase() + ' class="' + element.getAttribute('class') + '"> transition '
                      + style.transitionDuration + ', animation ' + style.animationName + ' ' + style.animationDuration);
                  }
                  if (element.shadowRoot) { visit(element.shadowRoot); }
                }
              };
              visit(document);
              return moving;
            }""";

    @Test
    void everyProjectorScreenIsLargeAndContrastyEnoughForARoom() {
        Page projector = startSessionWithProjector(new Browser.NewContextOptions().setViewportSize(1920, 1080));
        List<String> problems = new ArrayList<>();
        measure(projector, "question with passage and QR code", problems);

        Page phone = newPerson(390, 844);
        signIn(phone, "ana", "colloquy");
        phone.navigate(url("live/" + code()));
        phone.locator("#live-choice vaadin-radio-button").nth(3).click();
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".distribution-chart")).isVisible();
        measure(projector, "chart with its legend", problems);

        for (int prompt = 2; prompt <= 4; prompt++) {
            page.locator("#prompt-next").click();
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        phone.locator("#live-answer textarea").fill("Energy trade built trust step by step, and energy keeps it steady.");
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        page.locator("[id^='approve-']:visible").first().click();
        page.locator("#timer-60").click();
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".projector-answer")).hasCount(1);
        assertThat(projector.locator("#projector-countdown")).containsText("0:5");
        measure(projector, "revealed answer and countdown", problems);
        page.locator("#reveal-word-cloud").click();
        assertThat(projector.locator("#word-cloud")).containsText("energy");
        measure(projector, "word cloud", problems);
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("63-projector-room-word-cloud.png")));

        assertThat(problems).as("projector text below %s px (labels %s px) or below %s:1 contrast", BODY_PX, LABEL_PX,
                CONTRAST).isEmpty();
    }

    @Test
    void theProjectorHoldsStillForAViewerWhoAsksForReducedMotion() {
        Page projector = startSessionWithProjector(new Browser.NewContextOptions().setViewportSize(1920, 1080)
                .setReducedMotion(ReducedMotion.REDUCE));
        assertThat((Boolean) projector.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")).isTrue();
        page.locator("#timer-30").click();
        assertThat(projector.locator("#projector-countdown")).containsText("0:2");
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator("#projector-revealed")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> moving = (List<String>) projector.evaluate(MOVING);
        assertThat(moving).as("transitions or animations on the projector with reduced motion").isEmpty();
    }

    private Page startSessionWithProjector(Browser.NewContextOptions projectorOptions) {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        Page projector = newPerson(projectorOptions);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-join-code")).hasText(code());
        return projector;
    }

    private String code() {
        return page.locator("#presenter-join-code").textContent();
    }

    private static void measure(Page projector, String screen, List<String> problems) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>) projector.evaluate(TEXT_ON_SCREEN, LABELS);
        assertThat(texts).as("text on the projector's " + screen).isNotEmpty();
        for (Map<String, Object> text : texts) {
            double size = ((Number) text.get("size")).doubleValue();
            double contrast = ((Number) text.get("contrast")).doubleValue();
            double least = Boolean.TRUE.equals(text.get("label")) ? LABEL_PX : BODY_PX;
            if (size < least - 0.5 || contrast < CONTRAST) {
                problems.add("%s: \"%s\" %.1f px, contrast %.1f:1".formatted(screen, text.get("text"), size, contrast));
            }
        }
    }
}
