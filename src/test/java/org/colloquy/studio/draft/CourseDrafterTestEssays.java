package org.colloquy.studio.draft;

import java.io.IOException;
import org.colloquy.studio.Essay;

/** The essays the drafter's tests use, for the editor's tests. */
public final class CourseDrafterTestEssays {

    private CourseDrafterTestEssays() {
    }

    public static Essay essay(String resource) throws IOException {
        return CourseDrafterTest.essay(resource);
    }
}
