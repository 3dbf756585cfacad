package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A username is one name however it is typed: at sign-up, at sign-in, and when an admin looks it up. */
@IntegrationTest
class OneUsernameEverywhereTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    UserDetailsService signIn;

    private String ana;

    @BeforeEach
    void anaHasAnAccount() {
        ana = "ana-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createExactly(ana, "Ana Petrova", "her-password", Role.STUDENT);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @ParameterizedTest(name = "\"{0}\" + the name cannot sign up beside her")
    @ValueSource(strings = {"UPPER", "Capital", " spaces ", "\u00A0nbsp\u00A0", "\u0001control", "control\u0001",
            "full-width", "zero-width\u200B"})
    void aNewcomerCannotTakeHerNameInAnotherForm(String variant) {
        String typed = switch (variant) {
            case "UPPER" -> ana.toUpperCase();
            case "Capital" -> "A" + ana.substring(1);
            case " spaces " -> "  " + ana + "\t";
            case "\u00A0nbsp\u00A0" -> "\u00A0" + ana + "\u00A0";
            case "\u0001control" -> "\u0001" + ana;
            case "control\u0001" -> ana + "\u0001";
            case "full-width" -> fullWidth(ana);
            default -> ana + "\u200B";
        };
        accounts.signInAnonymously();
        long before = accounts.count();

        assertThatThrownBy(() -> accountService.signUpStudent(typed, "Impostor", "long-password"))
                .isInstanceOf(Refusal.class)
                .hasMessage("The username " + ana + " is taken. Upper and lower case count as the same letter.");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "signing in as \"{0}\" + the name is signing in as her")
    @ValueSource(strings = {"UPPER", "\u0001before", "after\u0001", "\u00A0nbsp", "full-width"})
    void everyFormOfHerNameSignsInToHerAccount(String variant) {
        String typed = switch (variant) {
            case "UPPER" -> ana.toUpperCase();
            case "\u0001before" -> "\u0001" + ana;
            case "after\u0001" -> ana + "\u0001";
            case "\u00A0nbsp" -> "\u00A0" + ana;
            default -> fullWidth(ana);
        };
        assertThat(signIn.loadUserByUsername(typed).getUsername()).isEqualTo(ana);
    }

    @Test
    void aNameChosenInCapitalsIsKeptInItsCanonicalForm() {
        accounts.signInAnonymously();
        String chosen = "Ben-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        UserRef ben = accountService.signUpStudent("\u00A0" + chosen + " ", "Ben", "long-password");

        assertThat(ben.username()).isEqualTo(chosen.toLowerCase());
        assertThat(accounts.stored(chosen.toLowerCase())).isPresent();
    }

    @Test
    void anAdminFindsHerWhateverTheCaseTyped() {
        accounts.signInNew("admin", Role.ADMIN);

        assertThat(accountService.findByUsername(" " + ana.toUpperCase())).map(UserRef::username).contains(ana);
    }

    @Test
    void anAdminCannotCreateAnAccountThatDiffersOnlyInCase() {
        accounts.signInNew("admin", Role.ADMIN);

        assertThatThrownBy(() -> accountService.createAccount(ana.toUpperCase(), "Second Ana", "long-password",
                EnumSet.of(Role.INSTRUCTOR))).isInstanceOf(Refusal.class);
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + '\uFF01' : c));
        return wide.toString();
    }
}
