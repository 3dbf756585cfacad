package org.colloquy.studio.edit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One file of the draft in the editor: in the forms ({@link #form()} set, its text written from them) or as text
 * (raw: the text as the teacher typed it, kept to the character). A file the forms cannot read stays text.
 */
public final class FilePart<T> {

    /** Reads a file's text into its form, or says why it cannot. */
    interface Reader<T> {
        T read(String text) throws Unreadable;
    }

    private final Reader<T> reader;
    private @Nullable T form;
    private String text;
    private @Nullable Unreadable unreadable;
    private String name;

    private FilePart(String name, String text, Reader<T> reader) {
        this.name = name;
        this.text = text;
        this.reader = reader;
    }

    /** A file as the draft has it: in the forms if they can read it, else as text. */
    static <T> FilePart<T> read(String name, String text, Reader<T> reader) {
        var part = new FilePart<>(name, text, reader);
        part.toForms(text);
        return part;
    }

    /** A new file made in the forms. */
    static <T> FilePart<T> made(T form, Reader<T> reader) {
        var part = new FilePart<>("", "", reader);
        part.form = form;
        return part;
    }

    /** The file's path in the course folder, as it was last written. */
    public String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }

    /** Whether the file is edited as text. */
    public boolean raw() {
        return form == null;
    }

    public @Nullable T form() {
        return form;
    }

    /** The file's text: as typed in raw mode, as last written from the forms otherwise. */
    public String text() {
        return text;
    }

    void written(String text) {
        this.text = text;
    }

    /** Why the forms could not read the text the last time they tried; empty once they could. */
    public Optional<Unreadable> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /** Edits the file as text from now on, starting from its text as last written. */
    public void toText() {
        form = null;
        unreadable = null;
    }

    /** In raw mode: the teacher's text, kept as it is. */
    public void edit(String typed) {
        if (!raw()) {
            throw new IllegalStateException(name + " is edited in the forms");
        }
        this.text = typed;
    }

    /** Reads the text into the forms; if they cannot read it, the file stays text and says why. */
    public boolean toForms() {
        return toForms(text);
    }

    private boolean toForms(String typed) {
        try {
            form = reader.read(typed);
            unreadable = null;
            return true;
        } catch (Unreadable why) {
            form = null;
            unreadable = why;
            return false;
        }
    }
}
