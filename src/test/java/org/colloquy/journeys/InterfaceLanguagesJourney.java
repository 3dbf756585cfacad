package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import org.assertj.core.api.Assertions;

/**
 * The interface speaks the language the browser asks for — English, Chinese or Russian — and the one a person
 * picks in the top bar, while the English essay course keeps its own language.
 */
class InterfaceLanguagesJourney extends BrowserJourney {

    private static final String LESSON = "course/sino-russian-relations/lesson/three-stages";

    private record Reader(String browserLocale, String code, String htmlLang, String next, String stepWord,
                          String myWork) {
    }

    @Test
    void the_lesson_player_speaks_the_browsers_language_while_the_essay_stays_english() {
        for (Reader reader : List.of(
                new Reader("en-US", "en", "en", "Next", "Step ", "My work"),
                new Reader("zh-CN", "zh", "zh-CN", "下一步", "第 ", "我的作业"),
                new Reader("ru-RU", "ru", "ru-RU", "Далее", "Шаг ", "Мои работы"))) {
            Page person = newPersonReading(reader.browserLocale(), 1280, 900);
            person.navigate(url("login"));
            assertThat(person.locator("html")).hasAttribute("lang", reader.htmlLang());
            person.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("login-" + reader.code() + ".png")));

            signIn(person, "ben", "colloquy");
            person.navigate(url(LESSON));

            assertThat(person.locator("#step-next")).hasText(reader.next());
            assertThat(person.locator(".step-counter")).containsText(reader.stepWord());
            assertThat(person.locator("nav.main-nav")).containsText(reader.myWork());
            assertThat(person.locator("html")).hasAttribute("lang", reader.htmlLang());
            // the essay is English: marked so where the interface is not, the page's own lang where it is
            Assertions.assertThat(languageOf(person.locator("main h1"))).startsWith("en");
            Assertions.assertThat(languageOf(person.locator("main .step-area .prose").first()))
                    .startsWith("en");
            assertThat(person.locator("main")).not().hasAttribute("lang", "en");
            person.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("lesson-player-" + reader.code() + ".png")));
        }
    }

    @Test
    void a_person_picks_russian_in_the_top_bar_and_the_interface_follows_at_once() {
        signIn("iris", "colloquy");
        try {
            page.locator("#language-ru").click();

            assertThat(page.locator("nav.main-nav")).containsText("Курсы");
            assertThat(page.locator("html")).hasAttribute("lang", "ru-RU");
            assertThat(page.locator("#language-ru")).hasAttribute("aria-pressed", "true");
            screenshot("language-picked-ru");
        } finally {
            page.locator("#language-en").click();
            assertThat(page.locator("nav.main-nav")).containsText("Courses");
        }
    }

    private static String languageOf(Locator element) {
        return String.valueOf(element.evaluate("e => e.closest('[lang]').getAttribute('lang')"));
    }
}
