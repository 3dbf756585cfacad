package org.colloquy.lesson.ui;

import com.vaadin.flow.component.Component;
import org.colloquy.lesson.SaveOutcome;

/** Why an answer was not stored, in the viewer's language where the lesson feature has the words for it. */
final class RefusalText {

    private RefusalText() {
    }

    static String of(Component view, SaveOutcome.Refused refused) {
        return refused.reason() == null ? refused.message()
                : view.getTranslation(refused.reason().key(), refused.reason().args());
    }
}
