package org.colloquy.studio.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.colloquy.base.ui.PlainText;
import org.colloquy.studio.edit.FilePart;

/**
 * One file of the draft: a heading, its tools, the problems that have no field of their own, and its body — the
 * forms, or the file's text for those who prefer it (and for a file the forms cannot read).
 */
abstract class FileSection extends Section {

    private final FilePart<?> part;
    protected final Forms forms;
    protected final Div tools = new Div();
    protected final H3 heading = new H3();
    private final Button mode = new Button();
    private final Paragraph unreadable = new Paragraph();
    private final Div body = new Div();
    private final Button toggle = new Button();
    private final Span marker = new Span();
    private final Div content = new Div();
    private String title = "";
    private int problemCount;

    FileSection(FilePart<?> part, Forms forms) {
        this.part = part;
        this.forms = forms;
        addClassName("edit-file");
        tools.addClassName("edit-tools");
        toggle.addClassName("edit-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(click -> open(!content.isVisible()));
        marker.getElement().setAttribute("aria-hidden", "true");
        marker.addClassName("edit-marker");
        toggle.setPrefixComponent(marker);
        heading.add(toggle);
        content.addClassName("edit-file-content");
        mode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mode.addClassName("edit-mode");
        mode.addClickListener(click -> toggle());
        tools.add(mode);
        unreadable.addClassName("error");
        unreadable.getElement().setAttribute("role", "alert");
        unreadable.setVisible(false);
        var problems = ProblemSlots.list("edit-file-problems");
        problems.getElement().setAttribute("aria-label", getTranslation("studio-edit.file.problems"));
        forms.slots().file(part, ProblemSlots.into(problems));
        forms.slots().count(part, count -> {
            problemCount = count;
            title(title);
        });
        content.add(tools, unreadable, problems, body);
        add(heading, content);
        open(false);
    }

    /** Shows or hides the file's forms; the heading's button says which, and how many problems the file has. */
    void open(boolean open) {
        content.setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        marker.setText(open ? "▾" : "▸");
    }

    /** Puts the focus on the heading's button, which names the file. */
    void focusHeading() {
        toggle.focus();
    }

    /** The file's forms; called whenever the file goes (back) into the forms. */
    protected abstract Component formsBody();

    /** Shows the body: the subclass calls it once its own fields are set. */
    protected void start(String title) {
        this.title = title;
        show();
    }

    /** Builds the body again, after a change that adds or takes away fields. */
    protected void rebuild() {
        show();
    }

    FilePart<?> part() {
        return part;
    }

    void title(String title) {
        this.title = title;
        toggle.setText(problemCount == 0 ? title : getTranslation("studio-edit.file.with-problems", title,
                problemCount));
        mode.getElement().setAttribute("aria-label", part.raw() ? getTranslation("studio-edit.raw.to-forms-label", title)
                : getTranslation("studio-edit.raw.to-text-label", title));
    }

    private void toggle() {
        if (part.raw()) {
            if (!part.toForms()) {
                showUnreadable();
                mode.focus();
                return;
            }
        } else {
            part.toText();
        }
        show();
        forms.changed();
        mode.focus();
    }

    private void show() {
        body.removeAll();
        if (part.raw()) {
            TextArea text = new TextArea(getTranslation("studio-edit.raw.text", part.name()));
            text.setValue(part.text());
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(Forms.PAUSE_MS);
            text.addValueChangeListener(change -> {
                if (forms.showingAgain()) {
                    return;
                }
                part.edit(change.getValue());
                forms.changed();
            });
            forms.shown(text, part::text);
            text.addClassNames("edit-raw", "edit-field");
            body.add(text);
            mode.setText(getTranslation("studio-edit.raw.to-forms"));
        } else {
            body.add(formsBody());
            mode.setText(getTranslation("studio-edit.raw.to-text"));
        }
        showUnreadable();
        title(title);
    }

    private void showUnreadable() {
        part.unreadable().ifPresentOrElse(why -> {
            PlainText.set(unreadable, getTranslation("studio-edit.raw.unreadable", why.getMessage()));
            unreadable.setVisible(true);
        }, () -> unreadable.setVisible(false));
    }
}
