package org.colloquy.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.Arrays;

/**
 * One button per step of the lesson, drawn in the browser by {@code scripts/step-dots.js} from three attributes:
 * the server keeps a single element for the row (decision 0018). Steps are numbered from 1.
 */
@Tag("colloquy-step-dots")
@JavaScript("context://scripts/step-dots.js")
class StepDots extends Component {

    StepDots() {
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("class", "step-indicator");
    }

    void setAccessibleName(String accessibleName) {
        getElement().setAttribute("aria-label", accessibleName);
    }

    /** The steps' accessible names, in order; the step on screen; the steps done (read, or answer submitted). */
    void show(List<String> labels, int current, List<Integer> done) {
        getElement().setAttribute("data-labels", String.join("\n", labels));
        getElement().setAttribute("data-current", String.valueOf(current));
        getElement().setAttribute("data-done",
                done.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    /** Called with the number of the step the student picked. */
    void onPick(IntConsumer listener) {
        getElement().addEventListener("step-pick", event -> listener.accept(event.getEventData().path("event.detail").asInt()))
                .addEventData("event.detail");
    }

    List<String> labels() {
        return List.of(getElement().getAttribute("data-labels").split("\n"));
    }

    int current() {
        return Integer.parseInt(getElement().getAttribute("data-current"));
    }

    List<Integer> done() {
        String done = getElement().getAttribute("data-done");
        return done == null || done.isBlank() ? List.of()
                : Arrays.stream(done.split(" ")).map(Integer::valueOf).toList();
    }
}
