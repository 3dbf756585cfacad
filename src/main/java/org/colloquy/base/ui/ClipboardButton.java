package org.colloquy.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** A button that puts a text on the clipboard, and says when the browser does not allow it. */
public final class ClipboardButton {

    private ClipboardButton() {
    }

    public static Button copying(String text, String label) {
        Button button = new Button(label);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> button.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", text)
                .then(ignored -> button.setText(button.getTranslation("account.copy.done")),
                        error -> button.setText(button.getTranslation("account.copy.blocked"))));
        return button;
    }
}
