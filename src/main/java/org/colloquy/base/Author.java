package org.colloquy.base;

import java.io.Serializable;

/**
 * Who wrote something, as one reader is shown it: a person's name, or a stand-in (the reader herself, a numbered
 * classmate where a prompt is anonymous to peers, someone who left the class). Services say which; views put
 * stand-ins in the reader's language, so nobody's real name is ever taken for a stand-in or the other way round.
 */
public record Author(Kind kind, String name, int number) implements Serializable {

    public enum Kind {
        /** A person shown by {@link #name()}. */
        NAMED,
        /** The reader herself. */
        SELF,
        /** A classmate shown only by {@link #number()}, the same number throughout one thread. */
        CLASSMATE,
        /** A classmate who has left the class. */
        FORMER_CLASSMATE,
        /** Someone who is no longer a member of the class, as its instructor sees it. */
        FORMER_MEMBER,
        /** Not shown at all (a deleted post, a screen the whole room sees). */
        NOBODY
    }

    public static Author named(String name) {
        return new Author(Kind.NAMED, name, 0);
    }

    public static Author self() {
        return new Author(Kind.SELF, "", 0);
    }

    public static Author classmate(int number) {
        return new Author(Kind.CLASSMATE, "", number);
    }

    public static Author formerClassmate() {
        return new Author(Kind.FORMER_CLASSMATE, "", 0);
    }

    public static Author formerMember() {
        return new Author(Kind.FORMER_MEMBER, "", 0);
    }

    public static Author nobody() {
        return new Author(Kind.NOBODY, "", 0);
    }

    public boolean shown() {
        return kind != Kind.NOBODY;
    }
}
