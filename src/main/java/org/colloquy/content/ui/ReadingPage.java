package org.colloquy.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.content.Course;

/** What a {@link ReadingOverlay} may touch: the course, the address's parameters, a controls area, the paragraphs. */
public final class ReadingPage {

    private final Course course;
    private final Map<String, List<String>> parameters;
    private final Div controls;
    private final Map<String, Div> paragraphBlocks;

    ReadingPage(Course course, Map<String, List<String>> parameters, Div controls, Map<String, Div> paragraphBlocks) {
        this.course = course;
        this.parameters = parameters;
        this.controls = controls;
        this.paragraphBlocks = paragraphBlocks;
    }

    public Course course() {
        return course;
    }

    public Optional<String> parameter(String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** Shows a component above the reading. */
    public void addControls(Component component) {
        controls.setVisible(true);
        controls.add(component);
    }

    /** The block of one paragraph, by paragraph id: its number, its text, and whatever overlays add. */
    public Div paragraphBlock(String paragraphId) {
        Div block = paragraphBlocks.get(paragraphId);
        if (block == null) {
            throw new IllegalArgumentException("The reading has no paragraph " + paragraphId);
        }
        return block;
    }
}
