package org.colloquy.studio.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.colloquy.studio.edit.FieldRef;
import org.jspecify.annotations.Nullable;

/**
 * Makes the editor's fields: each shows the model's value, writes every change into the model as the teacher types
 * (after a short pause), asks for a check, and shows the problems of the lines it wrote.
 */
final class Forms {

    /** How long typing pauses before the draft is written and checked again. */
    static final int PAUSE_MS = 500;

    private final ProblemSlots slots;
    private final Runnable changed;
    /** The fields that hold the course's own words, which carry its language and direction. */
    private final List<Component> worded = new ArrayList<>();
    /** Each text field with the model value it shows, to show it again when the model changed under it. */
    private final List<Shown> shown = new ArrayList<>();
    private boolean showingAgain;
    private @Nullable String lang;
    private String dir = "auto";

    Forms(ProblemSlots slots, Runnable changed) {
        this.slots = slots;
        this.changed = changed;
    }

    ProblemSlots slots() {
        return slots;
    }

    void changed() {
        changed.run();
    }

    /**
     * The course's language (a BCP 47 tag, or blank when not known) and direction ({@code ltr}, {@code rtl}, or blank
     * to let the browser tell from the text): every field of the course's words says them, so the browser renders and
     * spell-checks Chinese, Russian or right-to-left text as such.
     */
    void language(String language, String direction) {
        String newLang = language.isBlank() ? null : language.strip();
        String newDir = direction.equals("rtl") || direction.equals("ltr") ? direction : "auto";
        if (java.util.Objects.equals(newLang, lang) && newDir.equals(dir)) {
            return;
        }
        lang = newLang;
        dir = newDir;
        worded.removeIf(field -> field.getParent().isEmpty());
        worded.forEach(this::inLanguage);
    }

    private <T extends Component> T worded(T field) {
        worded.add(field);
        inLanguage(field);
        return field;
    }

    private void inLanguage(Component field) {
        if (lang == null) {
            field.getElement().removeAttribute("lang");
        } else {
            field.getElement().setAttribute("lang", lang);
        }
        field.getElement().setAttribute("dir", dir);
    }

    /** A field and where its value comes from. */
    private record Shown(AbstractField<?, String> field, Supplier<String> value) {
    }

    /**
     * Shows the model's values again in every field whose value the model changed (paragraph numbers that followed
     * the reading), without telling the change as typed.
     */
    void showAgain() {
        showingAgain = true;
        try {
            for (Shown each : shown) {
                String value = each.value().get();
                if (!value.equals(each.field().getValue())) {
                    each.field().setValue(value);
                }
            }
        } finally {
            showingAgain = false;
        }
    }

    /** Forgets the fields no longer on the page (a body built again); only while the editor itself is on it. */
    void forgetDetached() {
        shown.removeIf(each -> !each.field().isAttached());
    }

    /** Shows {@code value} in {@code field} again after the model changed (see {@link #showAgain()}). */
    <F extends AbstractField<F, String>> F shown(F field, Supplier<String> value) {
        shown.add(new Shown(field, value));
        return field;
    }

    /** Whether a value change is the model shown again rather than typed. */
    boolean showingAgain() {
        return showingAgain;
    }

    TextField text(String label, Object owner, String field, Supplier<String> get, Consumer<String> set) {
        TextField text = shown(bound(new TextField(label), get.get(), set), get);
        text.addClassName("edit-field");
        return slots.at(new FieldRef(owner, field), worded(text));
    }

    TextArea area(String label, Object owner, String field, Supplier<String> get, Consumer<String> set) {
        TextArea area = shown(bound(new TextArea(label), get.get(), set), get);
        area.addClassNames("edit-field", "edit-area");
        return slots.at(new FieldRef(owner, field), worded(area));
    }

    IntegerField number(String label, Object owner, String field, Supplier<@Nullable Integer> get,
                        Consumer<@Nullable Integer> set) {
        IntegerField number = bound(new IntegerField(label), get.get(), set);
        number.addClassName("edit-number");
        return slots.at(new FieldRef(owner, field), number);
    }

    /** A typed field that starts at {@code value} and, a pause after each change, hands it on and says so. */
    private <V, F extends AbstractField<F, V> & HasValueChangeMode> F bound(F field, V value, Consumer<V> set) {
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.addValueChangeListener(change -> {
            if (showingAgain) {
                return;
            }
            set.accept(change.getValue());
            changed.run();
        });
        return field;
    }

    Checkbox check(String label, Supplier<Boolean> get, Consumer<Boolean> set) {
        Checkbox check = new Checkbox(label, get.get());
        check.addValueChangeListener(change -> {
            set.accept(change.getValue());
            changed.run();
        });
        return check;
    }

    /** A list of keys typed as {@code p2, p3} (commas or spaces between them). */
    TextField keys(String label, Object owner, String field, List<String> keys) {
        TextField typed = text(label, owner, field, () -> String.join(", ", keys), value -> {
            keys.clear();
            Arrays.stream(value.split("[,\\s]+")).filter(key -> !key.isBlank()).forEach(keys::add);
        });
        worded.remove(typed);
        shown.removeIf(each -> each.field() == typed);
        typed.getElement().removeAttribute("lang");
        typed.getElement().removeAttribute("dir");
        return typed;
    }
}
