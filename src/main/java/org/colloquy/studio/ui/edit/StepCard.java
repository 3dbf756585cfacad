package org.colloquy.studio.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.colloquy.base.ui.PlainText;
import org.colloquy.studio.edit.FieldRef;
import org.colloquy.studio.edit.Reorder;
import org.colloquy.studio.edit.StepForm;
import org.colloquy.studio.edit.StepKind;
import org.jspecify.annotations.Nullable;

/**
 * One step of a lesson in the forms: its key, what it cites and the fields of its kind, with buttons to move it up or
 * down (the keyboard's way) and a handle to drag it (the mouse's way).
 */
final class StepCard extends Section {

    /** What the lesson does when a step asks to move or go. */
    interface Moves {
        void move(StepForm step, int to, Button focusAfter);

        void remove(StepForm step);

        /** The lesson's steps in order. */
        List<StepForm> steps();

        int indexOf(StepForm step);

        int count();
    }

    private final StepForm step;
    private final Forms forms;
    private final Moves moves;
    private final H4 heading = new H4();
    private final Button up = new Button();
    private final Button down = new Button();
    private final Button remove = new Button();
    private final Div fields = new Div();
    private @Nullable Select<String> repeats;

    StepCard(StepForm step, Forms forms, Moves moves) {
        this.step = step;
        this.forms = forms;
        this.moves = moves;
        addClassName("edit-step");
        Span handle = new Span("⠿");
        handle.addClassName("edit-drag");
        handle.getElement().setAttribute("aria-hidden", "true");
        DragSource<Span> drag = DragSource.create(handle);
        drag.setDragData(step);
        DropTarget<StepCard> drop = DropTarget.create(this);
        drop.addDropListener(dropped -> dropped.getDragData().ifPresent(data -> {
            int to = data instanceof StepForm dragged ? Reorder.dropPlace(moves.steps(), dragged, step) : -1;
            if (to >= 0) {
                moves.move((StepForm) data, to, up);
            }
        }));
        up.setText(getTranslation("studio-edit.step.up"));
        up.addClickListener(click -> moves.move(step, moves.indexOf(step) - 1, up));
        down.setText(getTranslation("studio-edit.step.down"));
        down.addClickListener(click -> moves.move(step, moves.indexOf(step) + 1, down));
        remove.setText(getTranslation("studio-edit.step.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> moves.remove(step));
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Div tools = new Div(handle, up, down, remove);
        tools.addClassName("edit-tools");
        Div top = new Div(heading, tools);
        top.addClassName("edit-step-top");
        var problems = ProblemSlots.list("edit-step-problems");
        forms.slots().owner(step, ProblemSlots.into(problems));
        fields.addClassName("edit-fields");
        add(top, problems, fields);
        build();
    }

    StepForm step() {
        return step;
    }

    void focusFirstField() {
        fields.getChildren().filter(child -> child instanceof Focusable<?>).findFirst()
                .ifPresent(child -> ((Focusable<?>) child).focus());
    }

    /** Focuses whichever of Move up and Move down can still be pressed. */
    void focusMoves() {
        (up.isEnabled() ? up : down).focus();
    }

    /** Says the step's place, which moving changes. */
    void number() {
        int place = moves.indexOf(step) + 1;
        PlainText.set(heading, getTranslation("studio-edit.step.heading", place, moves.count(),
                getTranslation("studio-edit.kind." + step.kind.spelling())));
        up.getElement().setAttribute("aria-label", getTranslation("studio-edit.step.up-label", place));
        down.getElement().setAttribute("aria-label", getTranslation("studio-edit.step.down-label", place));
        remove.getElement().setAttribute("aria-label", getTranslation("studio-edit.step.remove-label", place));
        up.setEnabled(place > 1);
        down.setEnabled(place < moves.count());
        offerRepeats();
    }

    /** The position steps before this one in the lesson, which an "after" position can repeat (and what it has). */
    private void offerRepeats() {
        if (repeats == null) {
            return;
        }
        List<StepForm> steps = moves.steps();
        int place = steps.indexOf(step);
        List<StepForm> earlier = steps.subList(0, Math.max(0, place)).stream()
                .filter(each -> each.kind == StepKind.POSITION && !each.key.isBlank()).toList();
        List<String> keys = new ArrayList<>(earlier.stream().map(each -> each.key).distinct().toList());
        if (!step.repeats.isBlank() && !keys.contains(step.repeats)) {
            keys.add(step.repeats);
        }
        if (keys.equals(offered)) {
            return;
        }
        offered = keys;
        Select<String> select = repeats;
        select.setItems(keys);
        select.setItemLabelGenerator(key -> earlier.stream().filter(each -> each.key.equals(key)).findFirst()
                .map(each -> each.claim.isBlank() ? key : getTranslation("studio-edit.position.repeats-item", key,
                        shortened(each.claim)))
                .orElseGet(() -> getTranslation("studio-edit.position.repeats-missing", key)));
        select.setValue(step.repeats.isBlank() ? null : step.repeats);
    }

    private List<String> offered = List.of();

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** (Re)builds the fields, after a change that adds or takes away fields. */
    private void build() {
        fields.removeAll();
        repeats = null;
        fields.add(forms.text(t("step.key"), step, "key", () -> step.key, value -> step.key = value));
        switch (step.kind) {
            case READ -> fields.add(
                    forms.text(t("read.title"), step, "title", () -> step.title, value -> step.title = value),
                    prose(t("read.text"), "text", () -> step.text, value -> step.text = value));
            case CHECK -> check();
            case RESPOND -> respond();
            case POSITION -> position();
            case DISCUSS -> discuss();
            case ARGUE -> fields.add(prose(t("argue.claim"), "claim", () -> step.claim, value -> step.claim = value),
                    prose(t("argue.guidance"), "guidance", () -> step.guidance, value -> step.guidance = value));
        }
        fields.add(forms.keys(t("step.cites"), step, "cites", step.cites));
    }

    private void check() {
        fields.add(prose(t("check.question"), "question", () -> step.question, value -> step.question = value),
                forms.check(t("check.multiple"), () -> step.multiple, value -> step.multiple = value));
        for (int i = 0; i < step.options.size(); i++) {
            StepForm.Option option = step.options.get(i);
            Div card = part("edit-option", getTranslation("studio-edit.option.heading", i + 1), option);
            card.add(forms.text(t("option.key"), option, "key", () -> option.key, value -> option.key = value),
                    forms.text(t("option.text"), option, "text", () -> option.text, value -> option.text = value),
                    forms.check(t("option.correct"), () -> option.correct, value -> option.correct = value),
                    prose(t("option.feedback"), option, "feedback", () -> option.feedback,
                            value -> option.feedback = value),
                    removeButton(getTranslation("studio-edit.option.remove-label", i + 1),
                            () -> step.options.remove(option)));
            fields.add(card);
        }
        fields.add(addButton(t("option.add"), () -> {
            var option = new StepForm.Option();
            option.key = String.valueOf((char) ('a' + Math.min(step.options.size(), 25)));
            step.options.add(option);
        }));
    }

    private void respond() {
        fields.add(prose(t("respond.prompt"), "prompt", () -> step.prompt, value -> step.prompt = value),
                prose(t("respond.guidance"), "guidance", () -> step.guidance, value -> step.guidance = value),
                forms.number(t("respond.min-words"), step, "minWords", () -> step.minWords,
                        value -> step.minWords = value),
                forms.number(t("respond.max-words"), step, "maxWords", () -> step.maxWords,
                        value -> step.maxWords = value));
        Checkbox rubric = forms.check(t("respond.rubric"), () -> step.rubric, value -> step.rubric = value);
        rubric.addValueChangeListener(change -> rebuild(t("respond.rubric")));
        fields.add(rubric);
        if (!step.rubric) {
            return;
        }
        for (int c = 0; c < step.criteria.size(); c++) {
            StepForm.Criterion criterion = step.criteria.get(c);
            Div card = part("edit-criterion", getTranslation("studio-edit.criterion.heading", c + 1), criterion);
            card.add(forms.text(t("criterion.key"), criterion, "key", () -> criterion.key,
                            value -> criterion.key = value),
                    forms.text(t("criterion.title"), criterion, "title", () -> criterion.title,
                            value -> criterion.title = value));
            for (int l = 0; l < criterion.levels.size(); l++) {
                StepForm.Level level = criterion.levels.get(l);
                Div levelCard = part("edit-level", getTranslation("studio-edit.level.heading", l + 1), level);
                levelCard.add(forms.number(t("level.score"), level, "score", () -> level.score,
                                value -> level.score = value),
                        forms.text(t("level.label"), level, "label", () -> level.label, value -> level.label = value),
                        forms.area(t("level.description"), level, "description", () -> level.description,
                                value -> level.description = value),
                        removeButton(getTranslation("studio-edit.level.remove-label", l + 1),
                                () -> criterion.levels.remove(level)));
                card.add(levelCard);
            }
            card.add(addButton(t("level.add"), () -> {
                var level = new StepForm.Level();
                level.score = criterion.levels.stream().map(each -> each.score).filter(score -> score != null)
                        .mapToInt(Integer::intValue).max().orElse(-1) + 1;
                criterion.levels.add(level);
            }), removeButton(getTranslation("studio-edit.criterion.remove-label", c + 1),
                    () -> step.criteria.remove(criterion)));
            fields.add(card);
        }
        fields.add(addButton(t("criterion.add"), () -> step.criteria.add(new StepForm.Criterion())));
    }

    private void position() {
        Select<String> moment = new Select<>();
        moment.setLabel(t("position.moment"));
        moment.setItems(StepForm.BEFORE, StepForm.AFTER);
        moment.setItemLabelGenerator(value -> t("position." + value));
        moment.setValue(step.moment);
        moment.addValueChangeListener(change -> {
            step.moment = change.getValue();
            rebuild(t("position.moment"));
        });
        fields.add(forms.slots().at(new FieldRef(step, "moment"), moment));
        if (StepForm.AFTER.equals(step.moment)) {
            Select<String> select = new Select<>();
            select.setLabel(t("position.repeats"));
            select.setPlaceholder(t("position.repeats-placeholder"));
            select.setEmptySelectionAllowed(false);
            select.addClassName("edit-repeats");
            repeats = select;
            offered = List.of();
            offerRepeats();
            select.addValueChangeListener(change -> {
                if (change.isFromClient() || change.getValue() != null && !change.getValue().equals(step.repeats)) {
                    step.repeats = change.getValue() == null ? "" : change.getValue();
                    forms.changed();
                }
            });
            fields.add(forms.slots().at(new FieldRef(step, "repeats"), select));
        } else {
            fields.add(prose(t("position.claim"), "claim", () -> step.claim, value -> step.claim = value));
        }
    }

    private void discuss() {
        fields.add(prose(t("discuss.prompt"), "prompt", () -> step.prompt, value -> step.prompt = value));
        Select<String> anonymity = new Select<>();
        anonymity.setLabel(t("discuss.anonymity"));
        anonymity.setItems("named", "anonymous-to-peers");
        anonymity.setItemLabelGenerator(value -> value.equals("named") ? t("discuss.named") : t("discuss.anonymous"));
        anonymity.setValue(step.anonymity.isEmpty() ? "named" : step.anonymity);
        anonymity.addValueChangeListener(change -> {
            step.anonymity = change.getValue();
            forms.changed();
        });
        fields.add(forms.slots().at(new FieldRef(step, "anonymity"), anonymity));
    }

    private Component prose(String label, String field, java.util.function.Supplier<String> get,
                            Consumer<String> set) {
        return prose(label, step, field, get, set);
    }

    private Component prose(String label, Object owner, String field, java.util.function.Supplier<String> get,
                            Consumer<String> set) {
        var area = forms.area(label, owner, field, get, set);
        area.setHelperText(t("prose.help"));
        return area;
    }

    /** A framed part of the step (an option, a criterion, a level), where its problems without a field show. */
    private Div part(String className, String title, Object owner) {
        var problems = ProblemSlots.list("edit-part-problems");
        forms.slots().owner(owner, ProblemSlots.into(problems));
        Div card = new Div(PlainText.set(new H5(), title), problems);
        card.addClassNames("edit-part", className);
        return card;
    }

    private Button addButton(String text, Runnable add) {
        Button button = new Button(text, click -> {
            add.run();
            rebuild(text);
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Button removeButton(String label, Runnable remove) {
        Button button = new Button(t("part.remove"), click -> {
            remove.run();
            rebuild(t("step.key"));
        });
        button.getElement().setAttribute("aria-label", label);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    /**
     * Builds the fields again after a change of their shape, checks, and puts the focus back on the control of that
     * label (the new "Add option" button, the rubric's checkbox), so the keyboard stays where it was.
     */
    private void rebuild(String focusLabel) {
        build();
        forms.changed();
        fields.getElement().getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
                        child), child.getChildren())).flatMap(element -> element.getComponent().stream())
                .filter(component -> component instanceof Focusable<?>)
                .filter(component -> focusLabel.equals(component instanceof Button button ? button.getText()
                        : component instanceof HasLabel labelled ? labelled.getLabel() : null))
                .reduce((first, last) -> last)
                .ifPresent(component -> ((Focusable<?>) component).focus());
    }

    private String t(String key) {
        return getTranslation("studio-edit." + key);
    }
}
