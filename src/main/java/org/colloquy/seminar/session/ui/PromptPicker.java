package org.colloquy.seminar.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.seminar.session.PromptToPick;

/**
 * Prompts picked from any lessons of a course, in the order they will be asked: add one from the list, move it up
 * or down, remove it. Every control is a button or a combo box, so all of it works from the keyboard.
 */
final class PromptPicker extends Div {

    private final ComboBox<PromptToPick> add = new ComboBox<>();
    private final OrderedList picked = new OrderedList();
    private final Paragraph none = new Paragraph();
    private final List<PromptToPick> order = new ArrayList<>();

    PromptPicker() {
        addClassName("prompt-picker");
        add.setLabel(getTranslation("seminar.picker.add"));
        none.setText(getTranslation("seminar.picker.none"));
        add.setId("seminar-add-prompt");
        add.setWidthFull();
        add.setItemLabelGenerator(this::label);
        add.setHelperText(getTranslation("seminar.picker.helper"));
        add.addValueChangeListener(event -> {
            if (event.getValue() != null && !order.contains(event.getValue())) {
                order.add(event.getValue());
                render();
            }
            if (event.getValue() != null) {
                add.clear();
            }
        });
        picked.setId("seminar-picked-prompts");
        picked.addClassName("picked-prompts");
        add(add, none, picked);
        render();
    }

    void setPrompts(List<PromptToPick> prompts) {
        add.setItems(prompts);
        order.retainAll(prompts);
        render();
    }

    List<String> pickedKeys() {
        return order.stream().map(PromptToPick::promptKey).toList();
    }

    private void render() {
        picked.removeAll();
        none.setVisible(order.isEmpty());
        for (int i = 0; i < order.size(); i++) {
            PromptToPick prompt = order.get(i);
            int index = i;
            Span text = new Span(getTranslation("seminar.picker.prompt-in-lesson", label(prompt), prompt.lessonTitle()));
            text.addClassName("picked-text");
            Button up = small("↑", getTranslation("seminar.picker.move-up", label(prompt)), () -> swap(index, index - 1));
            up.setEnabled(i > 0);
            Button down = small("↓", getTranslation("seminar.picker.move-down", label(prompt)), () -> swap(index, index + 1));
            down.setEnabled(i < order.size() - 1);
            Button remove = small(getTranslation("seminar.picker.remove"), getTranslation("seminar.picker.remove-prompt", label(prompt)), () -> {
                order.remove(index);
                render();
            });
            ListItem item = new ListItem(text, up, down, remove);
            item.addClassName("picked-prompt");
            picked.add(item);
        }
    }

    private String label(PromptToPick prompt) {
        return getTranslation("seminar.picker.prompt-label", prompt.lessonNumber(), prompt.number(), prompt.text());
    }

    private void swap(int from, int to) {
        order.add(to, order.remove(from));
        render();
    }

    private static Button small(String text, String label, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", label);
        return button;
    }
}
