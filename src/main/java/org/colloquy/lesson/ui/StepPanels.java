package org.colloquy.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.argument.ui.ArgumentMapPanel;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.CheckStep;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.PositionStep;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;

/** The panel that shows one kind of step. */
final class StepPanels {

    private StepPanels() {
    }

    static Component create(Step step, StepContext context) {
        return switch (step) {
            case ReadStep read -> new ReadStepPanel(read, context);
            case CheckStep check -> new CheckStepPanel(check, context);
            case RespondStep respond -> OpenAnswerPanel.respond(respond, context);
            case PositionStep position -> new PositionStepPanel(position, context);
            case DiscussStep discuss -> OpenAnswerPanel.discuss(discuss, context);
            case ArgueStep argue -> context.preview()
                    ? ArgumentMapPanel.preview(context.course(), context.promptKey(argue), argue)
                    : new ArgumentMapPanel(context.arguments(), context.course(), context.promptKey(argue));
        };
    }

    static String kindLabel(Step step) {
        return switch (step) {
            case ReadStep ignored -> I18NProvider.translate("lesson.step.read");
            case CheckStep ignored -> I18NProvider.translate("lesson.step.check");
            case RespondStep ignored -> I18NProvider.translate("lesson.step.respond");
            case PositionStep ignored -> I18NProvider.translate("lesson.step.position");
            case DiscussStep ignored -> I18NProvider.translate("lesson.step.discuss");
            case ArgueStep ignored -> I18NProvider.translate("lesson.step.argue");
        };
    }
}
