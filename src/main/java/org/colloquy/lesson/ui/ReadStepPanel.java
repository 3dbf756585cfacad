package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.colloquy.content.ReadStep;
import org.colloquy.content.ui.ProseView;

class ReadStepPanel extends Div {

    ReadStepPanel(ReadStep step, StepContext context) {
        addClassNames("step-panel", "read-step");
        add(new H2(step.title()), new ProseView(step.text(), context.course().reading()));
    }
}
