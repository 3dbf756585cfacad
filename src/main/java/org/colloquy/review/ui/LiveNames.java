package org.colloquy.review.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.base.Author;
import org.colloquy.seminar.results.Answerer;

/**
 * People of a live session as its class's instructors read them: by name, a guest's name marked as a guest's, or in
 * their language once the account is gone.
 */
final class LiveNames {

    private LiveNames() {
    }

    static String answerer(Answerer answerer) {
        return switch (answerer.kind()) {
            case STUDENT -> answerer.name();
            case NOT_IN_CLASS -> I18NProvider.translate("review.live.not-in-class", answerer.name());
            case FORMER -> I18NProvider.translate("review.live.former-student");
            case GUEST -> I18NProvider.translate("review.live.guest", answerer.name());
        };
    }

    static String leader(Author author) {
        return author.kind() == Author.Kind.NAMED ? author.name() : I18NProvider.translate("review.live.former-leader");
    }
}
