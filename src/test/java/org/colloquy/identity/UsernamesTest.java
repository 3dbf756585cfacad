package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way of typing a username that looks the same, or differs only by case, names the same account. */
class UsernamesTest {

    @ParameterizedTest(name = "\"{0}\" is ana")
    @ValueSource(strings = {
            "ana",
            "\u0001ana", "ana\u0001", "\u0000ana\u007F", "ana\u001B", "ana\u0085", // control characters before or after
            " ana ", "\tana\n", "\u00A0ana\u00A0", "\u2003ana\u3000", "\u202Fana", // spaces of any kind, non-breaking too
            "\u200Bana\uFEFF", "\u200Eana\u200F", // invisible format characters
            "ANA", "Ana", "aNa", // case
            "\uFF41\uFF4E\uFF41", "\uFF21\uFF2E\uFF21", // full-width
    })
    void everyVariantOfAnaIsAna(String typed) {
        assertThat(Usernames.canonical(typed)).isEqualTo("ana");
        assertThat(Usernames.accountName(typed)).contains("ana");
    }

    @ParameterizedTest(name = "\"{0}\" is office")
    @ValueSource(strings = {"o\uFB03ce", "O\uFB03CE", "ｏｆｆｉｃｅ"}) // the ligature ffi, a compatibility form
    void compatibilityFormsFoldToTheirLetters(String typed) {
        assertThat(Usernames.canonical(typed)).isEqualTo("office");
    }

    @ParameterizedTest(name = "\"{0}\" is iris")
    @ValueSource(strings = {"Iris", "IRIS", "\uFF29ris", "\u2160ris"}) // full-width I, Roman numeral one
    void letterLikeFormsOfIrisFoldToIris(String typed) {
        assertThat(Usernames.canonical(typed)).isEqualTo("iris");
    }

    @ParameterizedTest(name = "\"{0}\" and its precomposed form are one name")
    @ValueSource(strings = {"jos\u0065\u0301", "JOS\u0045\u0301"})
    void aCombiningAccentAndItsPrecomposedLetterAreOneName(String combining) {
        assertThat(Usernames.canonical(combining)).isEqualTo(Usernames.canonical("jos\u00E9"));
        assertThat(Usernames.accountName(combining)).as("outside the rule either way").isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" names no account")
    @ValueSource(strings = {"a\u0001na", "an a", "a", "", "\u0001", "ana\u0301", "\u0430na"}) // inside, short, Cyrillic а
    void textThatOnlyLooksLikeAUsernameNamesNoAccount(String typed) {
        assertThat(Usernames.accountName(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" keeps its canonical form")
    @ValueSource(strings = {"ana", "ben.lee@school.org", "a_b+c-d", "\u00A0ANA\u0001"})
    void theCanonicalFormIsItsOwnCanonicalForm(String typed) {
        String once = Usernames.canonical(typed);
        assertThat(Usernames.canonical(once)).isEqualTo(once);
    }
}
