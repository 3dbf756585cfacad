package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.assertj.core.api.Assertions;

/**
 * The seminar in the leader's browser language: the presenter console and the projector in English, Chinese and
 * Russian, with a poll revealed as a chart. Screenshots: {@code projector-<language>.png},
 * {@code projector-<language>-chart.png} and {@code presenter-<language>.png}.
 */
class ProjectorLanguagesJourney extends BrowserJourney {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | en-US | Join on your phone   | Prompt 1 of 6  | How the room answered | Reveal on projector
            zh | zh-CN | 用手机加入              | 第 1 题，共 6 题 | 课堂的回答              | 在投影屏上公开
            ru | ru    | Подключайтесь с телефона | Вопрос 1 из 6 | Как ответила аудитория | Показать на проекторе
            """)
    void a_leader_runs_the_room_in_her_browser_language(String language, String locale, String joinOnPhone,
                                                        String promptOfSix, String chartTitle, String reveal) {
        Page console = newPerson(1280, 900, locale);
        signIn(console, "iris", "colloquy");
        console.navigate(url("seminar"));
        console.locator("#start-seminar").click();
        console.waitForURL("**/present");
        assertThat(console.locator("#presenter-status")).containsText(promptOfSix);
        assertThat(console.locator("#toggle-reveal")).hasText(reveal);
        String code = console.locator("#presenter-join-code").textContent();

        Page projector = newPerson(1920, 1080, locale);
        signIn(projector, "iris", "colloquy");
        projector.navigate(console.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator(".projector-join")).containsText(joinOnPhone);
        assertThat(projector.locator("#projector-join-code")).hasText(code);
        console.locator("#timer-60").click();
        assertThat(projector.locator("#projector-countdown")).isVisible();
        shot(projector, "projector-" + language);

        Page phone = newPerson(390, 844, locale);
        signIn(phone, "ana", "colloquy");
        phone.navigate(url("live/" + code));
        phone.locator("#live-choice vaadin-radio-button").nth(1).click();
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).not().isEmpty();
        shot(phone, "audience-" + language);

        console.locator("#toggle-reveal").click();
        assertThat(projector.locator(".chart-title")).containsText(chartTitle);
        assertThat(projector).hasTitle(Pattern.compile(".+ · Colloquy"));
        shot(projector, "projector-" + language + "-chart");
        projector.setViewportSize(1280, 720);
        assertThat(projector.locator(".chart-title")).isVisible();
        shot(projector, "projector-" + language + "-720p");
        Assertions.assertThat(projector.evaluate("() => [...document.querySelectorAll("
                + "'.projector-aside *, .projector-number, .chart-title')].filter(e => e.scrollWidth > e.clientWidth + 1)"
                + ".map(e => e.className + ': ' + e.textContent)").toString())
                .as("no projector text runs out of its box in " + language).isEqualTo("[]");
        Assertions.assertThat(projector.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        shot(console, "presenter-" + language);
        if (!language.equals("en")) {
            assertThat(projector.locator("body")).not().containsText("Join on your phone");
            assertThat(console.locator("body")).not().containsText("Reveal on projector");
        }
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
