package org.colloquy.account.ui;

import com.vaadin.flow.component.Component;
import org.colloquy.account.JoinResult;

/** What the join pages say about a code no class has. */
final class JoinTexts {

    private JoinTexts() {
    }

    static String unknownCode(Component view, JoinResult.UnknownCode unknown) {
        return view.getTranslation("account.join.unknown-code", unknown.typed());
    }
}
