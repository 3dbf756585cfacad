package org.colloquy.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.colloquy.base.i18n.InterfaceLanguage;

/**
 * The interface languages, each named in itself ("English", "中文", "Русский") and marked with its own {@code lang}
 * so a screen reader pronounces it; the one in use is pressed. A row of plain buttons: one click, no list to open.
 * The row is one element whose buttons are fixed markup (none of it typed by anyone), shared by every page in the same
 * language, with one click listener that reads which button was pressed: it sits in every page, and every element
 * and every copy of its text costs every open session memory.
 */
public class LanguagePicker extends Div {

    static final String PICKED = "event.target.dataset.language";
    private static final Map<InterfaceLanguage, String> BUTTONS = new ConcurrentHashMap<>();

    LanguagePicker(InterfaceLanguage current, String label, Consumer<InterfaceLanguage> choose) {
        setId("language-picker");
        addClassName("language-picker");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
        getElement().setProperty("innerHTML", BUTTONS.computeIfAbsent(current, LanguagePicker::buttons));
        getElement().addEventListener("click", click -> InterfaceLanguage
                        .ofCode(click.getEventData().path(PICKED).asString(""))
                        .filter(language -> language != current)
                        .ifPresent(choose))
                .addEventData(PICKED);
    }

    private static String buttons(InterfaceLanguage current) {
        StringBuilder html = new StringBuilder();
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            html.append("<button type=\"button\" class=\"link-button\" id=\"language-") // not interface text
                    .append(language.code())
                    .append("\" lang=\"").append(language.code()).append("\" data-language=\"")
                    .append(language.code()).append("\" aria-pressed=\"").append(language == current).append("\">")
                    .append(language.nativeName()).append("</button>");
        }
        return html.toString();
    }

    /** The buttons as the browser gets them. */
    String buttonsMarkup() {
        return getElement().getProperty("innerHTML", "");
    }
}
