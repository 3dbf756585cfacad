package org.colloquy.identity;

import java.util.Optional;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.LanguagePreference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the signed-in person's interface language in their account; for nobody signed in it does nothing. */
@Service
class AccountLanguagePreference implements LanguagePreference {

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    AccountLanguagePreference(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InterfaceLanguage> stored() {
        return signedIn().flatMap(user -> Optional.ofNullable(user.getInterfaceLanguage()))
                .flatMap(InterfaceLanguage::ofCode);
    }

    @Override
    @Transactional
    public void store(InterfaceLanguage language) {
        signedIn().ifPresent(user -> user.chooseInterfaceLanguage(language.code()));
    }

    private Optional<AppUser> signedIn() {
        return currentUser.find().flatMap(user -> users.findById(user.id()));
    }
}
