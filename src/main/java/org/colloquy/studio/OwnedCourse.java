package org.colloquy.studio;

import java.util.List;

/** A published course and the names of its owners, who may edit and publish it again. */
public record OwnedCourse(String key, String title, List<String> owners) {

    public OwnedCourse {
        owners = List.copyOf(owners);
    }
}
