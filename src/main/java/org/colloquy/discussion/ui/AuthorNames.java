package org.colloquy.discussion.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors as the viewer reads them. The discussion services name people who are not shown by name with fixed
 * English stand-ins ("You", "Classmate 2", "A former classmate"); these are put in the viewer's language here, and
 * real names pass unchanged.
 */
final class AuthorNames {

    private static final Pattern CLASSMATE = Pattern.compile("Classmate (\\d+)"); // not interface text: a stand-in

    private AuthorNames() {
    }

    static String shown(String author) {
        Matcher classmate = CLASSMATE.matcher(author);
        if (classmate.matches()) {
            return I18NProvider.translate("discussion.author.classmate", Integer.parseInt(classmate.group(1)));
        }
        return switch (author) {
            case "You" -> I18NProvider.translate("discussion.author.you"); // not interface text: a stand-in
            case "A former classmate" -> I18NProvider.translate("discussion.author.former-classmate"); // not interface text: a stand-in
            case "A former member of the class" -> I18NProvider.translate("discussion.author.former-member"); // not interface text: a stand-in
            default -> author;
        };
    }
}
