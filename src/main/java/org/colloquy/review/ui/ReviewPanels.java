package org.colloquy.review.ui;

import com.vaadin.flow.component.Component;
import org.colloquy.content.CheckStep;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.PositionStep;
import org.colloquy.content.Prose;
import org.colloquy.content.ReadStep;
import org.colloquy.content.Reading;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;
import org.colloquy.content.ui.ProseView;

/** Small pieces shared by the review views. */
final class ReviewPanels {

    private ReviewPanels() {
    }

    static Component prompt(Step step, Reading reading) {
        Prose prose = switch (step) {
            case RespondStep respond -> respond.prompt();
            case CheckStep check -> check.question();
            case PositionStep position -> position.claim();
            case DiscussStep discuss -> discuss.prompt();
            case ReadStep read -> read.text();
        };
        return new ProseView(prose, reading);
    }
}
