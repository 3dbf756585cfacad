package org.colloquy.argument.ui;

import java.util.List;
import org.colloquy.base.ui.PageAddress;

/** Where a class's argument map of an argue step is shown on its own (for a big screen). */
public final class ArgumentPages {

    private ArgumentPages() {
    }

    public static String classMap(long cohortId, String promptKey) {
        List<String> keys = PageAddress.lessonAndStep(promptKey);
        return PageAddress.of(ArgumentMapView.class, "cohortId", cohortId, "lessonKey", keys.get(0),
                "stepKey", keys.get(1));
    }
}
