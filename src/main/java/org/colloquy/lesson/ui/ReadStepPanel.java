package org.colloquy.lesson.ui;

import org.colloquy.content.ui.ContentLanguage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.colloquy.content.ReadStep;
import org.colloquy.content.ui.ProseView;

class ReadStepPanel extends Div {

    ReadStepPanel(ReadStep step, StepContext context) {
        addClassNames("step-panel", "read-step");
        add(ContentLanguage.mark(new H2(step.title()), context.course()),
                ContentLanguage.mark(new ProseView(step.text(), context.course().reading()), context.course()));
    }
}
