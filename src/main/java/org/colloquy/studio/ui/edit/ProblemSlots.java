package org.colloquy.studio.ui.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.base.ui.PlainText;
import org.colloquy.studio.edit.FieldRef;
import org.colloquy.studio.edit.FilePart;
import org.colloquy.studio.edit.Written;

/**
 * Where each problem is shown: at the field registered for the field that wrote its line, else in the list at the top
 * of its file's section. Problems are said in the loader's own words, {@code file:line: message}.
 */
final class ProblemSlots {

    /** Shows a field's problems, or none. */
    interface Slot {
        void show(List<String> said);
    }

    private final Map<FieldRef, Slot> slots = new HashMap<>();
    private final Map<FilePart<?>, Slot> files = new IdentityHashMap<>();
    private final Map<Object, Slot> owners = new IdentityHashMap<>();
    private final Map<FilePart<?>, java.util.function.IntConsumer> counters = new IdentityHashMap<>();

    void field(FieldRef field, Slot slot) {
        slots.put(field, slot);
    }

    /** A text field, area or select: invalid, with its problems as the error message. */
    <C extends Component & HasValidation> C at(FieldRef field, C component) {
        component.setManualValidation(true);
        field(field, said -> {
            component.setErrorMessage(said.isEmpty() ? null : String.join("\n", said));
            component.setInvalid(!said.isEmpty());
        });
        return component;
    }

    /** A list that shows its problems as items, hidden while there are none. */
    static UnorderedList list(String className) {
        UnorderedList list = new UnorderedList();
        list.addClassNames("edit-problems", className);
        list.setVisible(false);
        return list;
    }

    static Slot into(UnorderedList list) {
        return said -> {
            list.removeAll();
            said.forEach(problem -> list.add(PlainText.set(new ListItem(), problem)));
            list.setVisible(!said.isEmpty());
        };
    }

    /** The slot of a whole step, option, criterion or level: its fields without a slot of their own show here. */
    void owner(Object owner, Slot slot) {
        owners.put(owner, slot);
    }

    /** Told how many problems the file has, wherever they are shown. */
    void count(FilePart<?> part, java.util.function.IntConsumer counter) {
        counters.put(part, counter);
    }

    void file(FilePart<?> part, Slot slot) {
        files.put(part, slot);
    }

    /** Shows every problem where it belongs and clears every other slot. */
    void show(List<Written.Placed> placed) {
        Map<FieldRef, List<String>> atFields = new HashMap<>();
        Map<Object, List<String>> atOwners = new IdentityHashMap<>();
        Map<FilePart<?>, List<String>> atFiles = new IdentityHashMap<>();
        for (Written.Placed problem : placed) {
            if (problem.field() != null && slots.containsKey(problem.field())) {
                atFields.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(problem.said());
            } else if (problem.field() != null && owners.containsKey(problem.field().owner())) {
                atOwners.computeIfAbsent(problem.field().owner(), owner -> new ArrayList<>()).add(problem.said());
            } else if (problem.part() != null) {
                atFiles.computeIfAbsent(problem.part(), part -> new ArrayList<>()).add(problem.said());
            }
        }
        slots.forEach((field, slot) -> slot.show(atFields.getOrDefault(field, List.of())));
        owners.forEach((owner, slot) -> slot.show(atOwners.getOrDefault(owner, List.of())));
        counters.forEach((part, counter) -> counter.accept((int) placed.stream()
                .filter(problem -> problem.part() == part).count()));
        files.forEach((part, slot) -> slot.show(atFiles.getOrDefault(part, List.of())));
    }
}
