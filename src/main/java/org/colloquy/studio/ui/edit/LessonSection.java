package org.colloquy.studio.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.studio.edit.FilePart;
import org.colloquy.studio.edit.LessonForm;
import org.colloquy.studio.edit.Reorder;
import org.colloquy.studio.edit.StepForm;
import org.colloquy.studio.edit.StepKind;

/** A lesson file: its key, title, summary and objectives, and its steps, which can be added, moved and removed. */
final class LessonSection extends FileSection implements StepCard.Moves {

    /** What the course does when a lesson asks to move or go. */
    interface LessonMoves {
        void move(FilePart<LessonForm> lesson, int by, Button focusAfter);

        /** A lesson dragged onto another one takes its place. */
        void drop(FilePart<LessonForm> dragged, FilePart<LessonForm> target);

        void remove(FilePart<LessonForm> lesson);

        int indexOf(FilePart<LessonForm> lesson);

        int count();

        /** Says something to screen readers (a step moved). */
        void announce(String text);
    }

    private final FilePart<LessonForm> lesson;
    private final LessonMoves moves;
    private final Map<StepForm, StepCard> cards = new IdentityHashMap<>();
    private final Div steps = new Div();
    private final Button up = new Button();
    private final Button down = new Button();
    private final Button remove = new Button();

    LessonSection(FilePart<LessonForm> lesson, Forms forms, LessonMoves moves) {
        super(lesson, forms);
        this.lesson = lesson;
        this.moves = moves;
        addClassName("edit-lesson");
        steps.addClassName("edit-steps");
        up.setText(getTranslation("studio-edit.lesson.up"));
        up.addClickListener(click -> moves.move(lesson, -1, up));
        down.setText(getTranslation("studio-edit.lesson.down"));
        down.addClickListener(click -> moves.move(lesson, 1, down));
        remove.setText(getTranslation("studio-edit.lesson.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> moves.remove(lesson));
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Span handle = new Span("⠿");
        handle.addClassName("edit-drag");
        handle.getElement().setAttribute("aria-hidden", "true");
        handle.getElement().setAttribute("title", getTranslation("studio-edit.lesson.drag"));
        DragSource.create(handle).setDragData(lesson);
        DropTarget.create(this).addDropListener(dropped -> dropped.getDragData().ifPresent(data -> {
            if (data instanceof FilePart<?> dragged && dragged != lesson && moves.indexOf(cast(dragged)) >= 0) {
                moves.drop(cast(dragged), lesson);
            }
        }));
        tools.addComponentAsFirst(handle);
        tools.add(up, down, remove);
        start("");
        number();
    }

    @SuppressWarnings("unchecked")
    private static FilePart<LessonForm> cast(FilePart<?> part) {
        return (FilePart<LessonForm>) part;
    }

    /** Says the lesson's place and title, which moving and typing change. */
    void number() {
        int place = moves.indexOf(lesson) + 1;
        String title = lesson.form() != null ? lesson.form().title : lesson.name();
        title(getTranslation("studio-edit.lesson.heading", place, title));
        up.getElement().setAttribute("aria-label", getTranslation("studio-edit.lesson.up-label", place));
        down.getElement().setAttribute("aria-label", getTranslation("studio-edit.lesson.down-label", place));
        remove.getElement().setAttribute("aria-label", getTranslation("studio-edit.lesson.remove-label", place));
        up.setEnabled(place > 1);
        down.setEnabled(place < moves.count());
        cards.values().forEach(StepCard::number);
    }

    @Override
    protected Component formsBody() {
        LessonForm form = lesson.form();
        cards.clear();
        Div body = new Div();
        body.addClassName("edit-fields");
        var title = forms.text(getTranslation("studio-edit.lesson.title"), form, "title", () -> form.title,
                value -> form.title = value);
        title.addValueChangeListener(change -> number());
        body.add(forms.text(getTranslation("studio-edit.lesson.key"), form, "key", () -> form.key,
                        value -> form.key = value), title,
                forms.area(getTranslation("studio-edit.lesson.summary"), form, "summary", () -> form.summary,
                        value -> form.summary = value),
                forms.area(getTranslation("studio-edit.lesson.objectives"), form, "objectives", () -> String.join("\n", form.objectives),
                        value -> {
                            form.objectives.clear();
                            value.lines().filter(line -> !line.isBlank()).map(String::strip)
                                    .forEach(form.objectives::add);
                        }));
        var stepsProblems = ProblemSlots.list("edit-part-problems");
        forms.slots().owner(form, ProblemSlots.into(stepsProblems));
        body.add(new H4(t("steps.heading")), stepsProblems, steps);
        showSteps();
        Select<StepKind> kind = new Select<>();
        kind.setLabel(t("step.kind"));
        kind.setItems(Arrays.asList(StepKind.values()));
        kind.setItemLabelGenerator(each -> t("kind." + each.spelling()));
        kind.setPlaceholder(t("step.kind-placeholder"));
        kind.setHelperText(t("step.kind-helper"));
        Button add = new Button(t("step.add"));
        add.setEnabled(false);
        add.addClassName("edit-add-step-button");
        kind.addValueChangeListener(change -> {
            add.setEnabled(change.getValue() != null);
            add.setText(change.getValue() == null ? t("step.add")
                    : getTranslation("studio-edit.step.add-kind", t("kind." + change.getValue().spelling())));
        });
        add.addClickListener(click -> {
            if (kind.getValue() != null) {
                StepKind chosen = kind.getValue();
                kind.clear();
                addStep(chosen);
            }
        });
        Div adding = new Div(kind, add);
        adding.addClassName("edit-add-step");
        body.add(adding);
        return body;
    }

    private void addStep(StepKind kind) {
        LessonForm form = lesson.form();
        StepForm step = new StepForm(kind);
        String key = kind.spelling();
        for (int n = 2; keyTaken(form, key); n++) {
            key = kind.spelling() + "-" + n;
        }
        step.key = key;
        if (kind == StepKind.CHECK) {
            for (String option : List.of("a", "b")) {
                var choice = new StepForm.Option();
                choice.key = option;
                step.options.add(choice);
            }
        }
        form.steps.add(step);
        showSteps();
        forms.changed();
        moves.announce(getTranslation("studio-edit.step.added", form.steps.size()));
        cards.get(step).focusFirstField();
    }

    private static boolean keyTaken(LessonForm form, String key) {
        return form.steps.stream().anyMatch(each -> each.key.equals(key));
    }

    private void showSteps() {
        steps.removeAll();
        for (StepForm step : lesson.form().steps) {
            steps.add(cards.computeIfAbsent(step, each -> new StepCard(each, forms, this)));
        }
        cards.values().forEach(StepCard::number);
    }

    @Override
    public void move(StepForm step, int to, Button focusAfter) {
        List<StepForm> list = lesson.form().steps;
        if (!Reorder.move(list, step, to)) {
            return;
        }
        showSteps();
        forms.changed();
        moves.announce(getTranslation("studio-edit.step.moved", to + 1, list.size()));
        focusAfter.focus();
        if (!focusAfter.isEnabled()) {
            cards.get(step).focusMoves();
        }
    }

    @Override
    public void remove(StepForm step) {
        lesson.form().steps.remove(step);
        cards.remove(step);
        showSteps();
        forms.changed();
        moves.announce(getTranslation("studio-edit.step.removed"));
        focusHeading();
    }

    @Override
    public List<StepForm> steps() {
        return lesson.form() == null ? List.of() : List.copyOf(lesson.form().steps);
    }

    @Override
    public int indexOf(StepForm step) {
        return lesson.form() == null ? -1 : lesson.form().steps.indexOf(step);
    }

    @Override
    public int count() {
        return lesson.form() == null ? 0 : lesson.form().steps.size();
    }

    private String t(String key) {
        return getTranslation("studio-edit." + key);
    }
}
