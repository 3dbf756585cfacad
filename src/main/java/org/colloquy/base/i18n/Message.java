package org.colloquy.base.i18n;

import java.io.Serializable;
import java.util.List;

/**
 * Words a service has for a person, as a bundle key and its arguments, so that the view says them in the viewer's
 * language; {@link #english()} is the same text in English for logs, tests and callers that have no viewer.
 */
public record Message(String key, List<Object> arguments) implements Serializable {

    private static final MessageBundles BUNDLES = MessageBundles.load();

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    public String english() {
        return BUNDLES.text(key, InterfaceLanguage.ENGLISH, arguments.toArray());
    }
}
