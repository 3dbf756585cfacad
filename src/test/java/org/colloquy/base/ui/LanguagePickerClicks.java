package org.colloquy.base.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/** What the browser sends when a language's button is pressed: a click on the picker's row, naming the button. */
public final class LanguagePickerClicks {

    private LanguagePickerClicks() {
    }

    public static void pick(LanguagePicker picker, String code) {
        ObjectNode data = JacksonUtils.createObjectNode().put(LanguagePicker.PICKED, code);
        picker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "click", data));
    }
}
