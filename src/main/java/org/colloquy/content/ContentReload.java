package org.colloquy.content;

import java.util.List;
import java.util.Set;

/**
 * What reading the content folder again did: the courses now served, the folders held back with their problems, and
 * the keys of served courses whose folder now has problems, which keep the version that last passed every check.
 */
public record ContentReload(List<Course> served, List<HeldBackCourse> heldBack, Set<String> keptLastGoodVersion) {

    public ContentReload {
        served = List.copyOf(served);
        heldBack = List.copyOf(heldBack);
        keptLastGoodVersion = Set.copyOf(keptLastGoodVersion);
    }
}
