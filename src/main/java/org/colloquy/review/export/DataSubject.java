package org.colloquy.review.export;

import java.util.List;
import org.colloquy.identity.UserRef;

/** A person whose data an admin is about to export, and how much of it there is. */
public record DataSubject(UserRef person, int answers, List<String> courseKeys) {

    public DataSubject {
        courseKeys = List.copyOf(courseKeys);
    }
}
