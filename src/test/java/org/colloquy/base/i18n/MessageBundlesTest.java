package org.colloquy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final ColloquyI18NProvider provider = new ColloquyI18NProvider();

    @Test
    void aTextIsFormattedWithItsArgumentsInTheViewersLanguage() {
        assertThat(provider.getTranslation("base.signed-in-as", Locale.ENGLISH, "ana")).isEqualTo("Signed in as ana");
        assertThat(provider.getTranslation("base.signed-in-as", Locale.of("ru"), "ana")).isEqualTo("Вы вошли как ana");
        assertThat(provider.getTranslation("base.signed-in-as", Locale.TRADITIONAL_CHINESE, "ana")).isEqualTo("已登录：ana");
    }

    @Test
    void aBrowserInAnotherLanguageGetsEnglish() {
        assertThat(provider.getTranslation("base.sign-out", Locale.GERMAN)).isEqualTo("Sign out");
    }

    @Test
    void anUnknownKeyShowsItselfInsteadOfNothing() {
        assertThat(provider.getTranslation("base.no-such-text", Locale.ENGLISH)).isEqualTo("!base.no-such-text!");
    }

    @Test
    void theProvidedLocalesStartWithEnglishTheDefault() {
        assertThat(provider.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(provider.getProvidedLocales()).hasSize(3);
    }

    @Test
    void aTextInsideAnotherIsSaidInTheSameLanguage() {
        Text problem = Text.of("content.citation.no-paragraph", 3, 2, "[¶3]");

        assertThat(provider.getTranslation("argument.refused.bad-mark", Locale.of("ru"), problem))
                .startsWith("В тексте есть ссылка на абзац 3").endsWith("Ваш текст сохранён здесь.");
        assertThat(Text.of("argument.refused.bad-mark", problem).english())
                .isEqualTo("Your text cites paragraph 3, but the essay has 2 paragraphs. Fix the [¶3] mark. "
                        + "Your text is still here.");
    }
}
