package org.colloquy.cohort.ui;

import com.vaadin.flow.component.Component;
import org.colloquy.cohort.JoinResult;

/** What the join pages say about a code no class has. */
final class JoinTexts {

    private JoinTexts() {
    }

    static String unknownCode(Component view, JoinResult.UnknownCode unknown) {
        return view.getTranslation("account.join.unknown-code", unknown.typed());
    }
}
