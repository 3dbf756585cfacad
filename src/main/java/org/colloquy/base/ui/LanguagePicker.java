package org.colloquy.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.function.Consumer;
import org.colloquy.base.i18n.InterfaceLanguage;

/**
 * The interface languages, each named in itself ("English", "中文", "Русский") and marked with its own {@code lang}
 * so a screen reader pronounces it; the one in use is pressed. A row of plain buttons: one click, no list to open.
 */
public class LanguagePicker extends Div {

    LanguagePicker(InterfaceLanguage current, Consumer<InterfaceLanguage> choose) {
        addClassName("language-picker");
        setId("language-picker");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("base.language"));
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            NativeButton button = PlainText.set(new NativeButton(), language.nativeName());
            button.addClassName("link-button");
            button.setId("language-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
            if (language != current) {
                button.addClickListener(click -> choose.accept(language));
            }
            add(button);
        }
    }
}
