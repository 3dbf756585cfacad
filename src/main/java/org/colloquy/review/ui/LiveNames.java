package org.colloquy.review.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.base.Author;

/** People of a live session as its class's instructors read them: by name, or in their language once gone. */
final class LiveNames {

    private LiveNames() {
    }

    static String student(Author author) {
        return author.kind() == Author.Kind.NAMED ? author.name() : I18NProvider.translate("review.live.former-student");
    }

    static String leader(Author author) {
        return author.kind() == Author.Kind.NAMED ? author.name() : I18NProvider.translate("review.live.former-leader");
    }
}
