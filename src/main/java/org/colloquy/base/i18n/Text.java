package org.colloquy.base.i18n;

import java.io.Serializable;
import java.util.List;

/**
 * A text a service gives a view to show (why an answer was refused, say), as a bundle key and its arguments: the
 * view translates it into the viewer's language, so services stay free of Vaadin and of the viewer's locale.
 */
public record Text(String key, List<Object> arguments) implements Serializable {

    public Text {
        arguments = List.copyOf(arguments);
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }

    /** The English text, for logs and for tests that read what a person is told. */
    public String english() {
        return MessageBundles.shared().text(key, InterfaceLanguage.ENGLISH, args());
    }

    @Override
    public String toString() {
        return english();
    }
}
