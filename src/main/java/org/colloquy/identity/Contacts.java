package org.colloquy.identity;

import java.util.Optional;
import java.util.regex.Pattern;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach an account, for features that write to people after something happened to them (mail). Not a page's
 * service: it answers whoever asks, because it runs after the fact, with nobody signed in.
 */
@Component
public class Contacts {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AppUserRepository users;

    Contacts(AppUserRepository users) {
        this.users = users;
    }

    /** How to reach this account, or nothing when there is no such account or it was deactivated. */
    @Transactional(readOnly = true)
    public Optional<Contact> of(long accountId) {
        return users.findById(accountId).filter(AppUser::isActive).map(user -> new Contact(accountId, user.getDisplayName(), user.getEmail(),
                Optional.ofNullable(user.getInterfaceLanguage()).flatMap(InterfaceLanguage::ofCode)
                        .orElse(InterfaceLanguage.ENGLISH).code()));
    }

    /** Whether a text has the shape of an email address (one {@code @}, a dot in the domain, no spaces). */
    public static boolean looksLikeAddress(String text) {
        return ADDRESS.matcher(text).matches();
    }
}
