package org.colloquy.seminar.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a session ends, and says what ending does: ending cannot be undone. Keyboard first: the safe choice
 * ("Keep it running") comes first and has the focus when the dialog opens, Escape keeps the session running too,
 * and the focus goes back to "End session" when the dialog closes.
 */
final class EndSessionDialog extends Dialog {

    EndSessionDialog(Runnable end) {
        setId("end-session-dialog");
        setRole("alertdialog");
        setHeaderTitle(getTranslation("seminar.presenter.end-confirm.title"));
        Paragraph consequences = new Paragraph(getTranslation("seminar.presenter.end-confirm.text"));
        consequences.setId("end-session-consequences");
        consequences.addClassName("end-session-consequences");
        add(consequences);
        getElement().setAttribute("aria-describedby", consequences.getId().orElseThrow());
        Button keep = new Button(getTranslation("seminar.presenter.end-confirm.keep"), click -> close());
        keep.setId("end-session-keep");
        Button confirm = new Button(getTranslation("seminar.presenter.end-confirm.end"), click -> {
            close();
            end.run();
        });
        confirm.setId("end-session-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(keep, confirm);
        setCloseOnOutsideClick(false);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                keep.focus();
            }
        });
    }
}
