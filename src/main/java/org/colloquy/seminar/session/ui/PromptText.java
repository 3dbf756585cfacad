package org.colloquy.seminar.session.ui;

import com.vaadin.flow.component.html.Div;
import org.colloquy.content.Prose;
import org.colloquy.content.Reading;
import org.colloquy.content.ui.ProseView;

/** The words of a prompt, as text, with the class each live view styles. */
public final class PromptText {

    private PromptText() {
    }

    public static Div of(Prose prose, Reading reading) {
        ProseView view = new ProseView(prose, reading);
        view.addClassName("live-prompt");
        return view;
    }

    /** The first paragraph only, for a list of prompts. */
    public static String firstLine(Prose prose) {
        return prose.blocks().isEmpty() ? "" : prose.blocks().getFirst().text();
    }
}
