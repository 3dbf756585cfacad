package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.LanguagePreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's interface language is kept in their account, for them alone. */
abstract class LanguagePreferenceContract {

    @Autowired
    LanguagePreference preference;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aPersonWhoNeverChoseFollowsTheBrowser() {
        accounts.signInNew("newcomer", Role.STUDENT);

        assertThat(preference.stored()).isEmpty();
    }

    @Test
    void aChosenLanguageIsKeptForTheNextSignIn() {
        UserRef student = accounts.signInNew("reader", Role.STUDENT);
        preference.store(InterfaceLanguage.RUSSIAN);
        accounts.signOut();

        accounts.signIn(student);

        assertThat(preference.stored()).contains(InterfaceLanguage.RUSSIAN);
    }

    @Test
    void oneChoiceIsNotAnotherPersonsChoice() {
        accounts.signInNew("chooser", Role.STUDENT);
        preference.store(InterfaceLanguage.CHINESE);

        accounts.signInNew("other", Role.INSTRUCTOR);

        assertThat(preference.stored()).isEmpty();
    }

    @Test
    void nobodySignedInStoresNothing() {
        accounts.signInAnonymously();

        preference.store(InterfaceLanguage.CHINESE);

        assertThat(preference.stored()).isEmpty();
    }
}
