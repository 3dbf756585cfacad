package org.colloquy.discussion.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.base.Author;

/** Authors as the viewer reads them: real names as written, stand-ins in the viewer's language. */
final class AuthorNames {

    private AuthorNames() {
    }

    static String shown(Author author) {
        return switch (author.kind()) {
            case NAMED, NOBODY -> author.name();
            case SELF -> I18NProvider.translate("discussion.author.you");
            case CLASSMATE -> I18NProvider.translate("discussion.author.classmate", author.number());
            case FORMER_CLASSMATE -> I18NProvider.translate("discussion.author.former-classmate");
            case FORMER_MEMBER -> I18NProvider.translate("discussion.author.former-member");
        };
    }
}
