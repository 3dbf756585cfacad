package org.colloquy.review.ui;

import com.vaadin.flow.component.Component;
import org.colloquy.content.Reading;
import org.colloquy.content.Step;
import org.colloquy.content.StepText;
import org.colloquy.content.ui.ProseView;

/** Small pieces shared by the review views. */
final class ReviewPanels {

    private ReviewPanels() {
    }

    static Component prompt(Step step, Reading reading) {
        return new ProseView(StepText.question(step), reading);
    }
}
