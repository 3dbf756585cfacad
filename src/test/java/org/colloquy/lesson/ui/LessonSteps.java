package org.colloquy.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Optional;

/** For browserless tests: what the lesson view's step dots send when a student picks a step in the browser. */
public final class LessonSteps {

    private LessonSteps() {
    }

    /** Picks the first step of that kind ("Respond", "Argue", ...) in the lesson view on screen. */
    public static void pick(String kind) {
        StepDots dots = find(UI.getCurrent()).orElseThrow(() -> new AssertionError("No lesson view on screen"));
        int number = dots.labels().stream().filter(label -> label.contains(kind)).findFirst()
                .map(label -> dots.labels().indexOf(label) + 1)
                .orElseThrow(() -> new AssertionError("No " + kind + " step in " + dots.labels()));
        dots.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(dots.getElement(),
                "step-pick", JacksonUtils.createObjectNode().put("event.detail", number)));
        if (dots.current() != number) {
            throw new AssertionError("The lesson did not move to step " + number + " (" + kind + ")");
        }
    }

    /** What the browser sends when the student unfolds a {@code <details>}, such as "Cite the essay". */
    public static void unfold(NativeDetails details) {
        details.setOpen(true);
        ComponentUtil.fireEvent(details, new NativeDetails.ToggleEvent(details, true));
    }

    private static Optional<StepDots> find(Component root) {
        if (root instanceof StepDots dots) {
            return Optional.of(dots);
        }
        return root.getChildren().map(LessonSteps::find).flatMap(Optional::stream).findFirst();
    }
}
