package org.colloquy.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A delete button that asks first, in place: the question, "Yes, delete" (focused) and "Keep". After either answer
 * the page renders again.
 */
class ConfirmedDelete extends Div {

    ConfirmedDelete(String label, String question, Runnable delete, Runnable render) {
        addClassNames("actions", "own-actions");
        Button ask = new Button(label);
        ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        ask.addClickListener(click -> {
            Span prompt = new Span(question);
            prompt.getElement().setAttribute("role", "status");
            Button yes = new Button(getTranslation("discussion.yes-delete"), confirm -> {
                delete.run();
                render.run();
            });
            yes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            Button keep = new Button(getTranslation("discussion.keep"), cancel -> render.run());
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remove(ask);
            add(prompt, yes, keep);
            yes.focus();
        });
        add(ask);
    }
}
