package org.colloquy.studio.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The words a drafted course is written in, in the essay's own language ({@code wording_<language>.properties}
 * beside this class; English when there is none). They are course content the teacher edits, not interface text.
 */
final class Wording {

    private final Properties texts;

    private Wording(Properties texts) {
        this.texts = texts;
    }

    static Wording in(String language) {
        InputStream in = Wording.class.getResourceAsStream("wording_" + language + ".properties");
        if (in == null) {
            in = Wording.class.getResourceAsStream("wording_en.properties");
        }
        var texts = new Properties();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Wording(texts);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}, … replaced by the arguments as they are. */
    String text(String key, Object... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no drafting text " + key);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    int number(String key) {
        return Integer.parseInt(text(key).strip());
    }
}
