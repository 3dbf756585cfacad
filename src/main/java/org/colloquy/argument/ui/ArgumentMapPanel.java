package org.colloquy.argument.ui;

import com.vaadin.flow.component.button.Button;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.argument.Side;
import org.colloquy.argument.Stance;
import java.util.Objects;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.Course;
import org.jspecify.annotations.Nullable;
import org.colloquy.content.ui.CitationPicker;
import org.colloquy.content.ui.ProseView;
import org.springframework.modulith.NamedInterface;

/** A student's view of the class's argument map on an argue step, with the form to add a reason. */
@NamedInterface("ui")
public class ArgumentMapPanel extends Div {

    private final @Nullable ArgumentMapService maps;
    private final Course course;
    private final String promptKey;
    private final Div map = new Div();
    private final Paragraph message = new Paragraph();

    public ArgumentMapPanel(ArgumentMapService maps, Course course, String promptKey) {
        this(maps, course, promptKey, maps.myClassMap(course.key(), promptKey));
    }

    /** The step as a student meets it in a class with no reason yet; a reason added in a preview is not kept. */
    public static ArgumentMapPanel preview(Course course, String promptKey, ArgueStep step) {
        return new ArgumentMapPanel(null, course, promptKey, new ArgumentMap(step, List.of()));
    }

    private ArgumentMapPanel(@Nullable ArgumentMapService maps, Course course, String promptKey, ArgumentMap current) {
        this.maps = maps;
        this.course = course;
        this.promptKey = promptKey;
        addClassNames("step-panel", "argue-step");
        add(new H2(getTranslation("argument.panel.heading")));
        ProseView claim = new ProseView(current.step().claim(), course.reading());
        claim.addClassName("claim");
        add(claim);
        if (current.step().guidance() != null) {
            ProseView guidance = new ProseView(current.step().guidance(), course.reading());
            guidance.addClassName("guidance");
            add(guidance);
        }
        map.addClassName("argument-map");
        message.getElement().setAttribute("role", "status");
        message.addClassName("submission-state");
        add(form(), message, map);
        render(current);
    }

    private Div form() {
        RadioButtonGroup<Side> side = new RadioButtonGroup<>(getTranslation("argument.panel.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(choice -> getTranslation(SideTexts.key(choice)));
        side.setValue(Side.FOR);
        TextArea reason = new TextArea(getTranslation("argument.panel.reason"));
        reason.setWidthFull();
        TypingLimit.on(reason, ArgumentMapService.MAX_REASON_LENGTH, getTranslation("argument.panel.reason-helper"));
        Button add = new Button(getTranslation("argument.panel.add"), click -> {
            if (maps == null) {
                message.removeClassName("error");
                message.setText(getTranslation("argument.panel.preview-not-added"));
                return;
            }
            try {
                // the paragraphs a reason rests on are the ones its citation marks name: one way to cite
                maps.addReason(course.key(), promptKey, side.getValue(), reason.getValue(), List.of());
                reason.clear();
                reason.setInvalid(false);
                message.removeClassName("error");
                message.setText(getTranslation("argument.panel.added"));
                render(maps.myClassMap(course.key(), promptKey));
            } catch (IllegalArgumentException problem) {
                message.addClassName("error");
                message.setText(Translated.reason(problem));
                reason.setInvalid(true);
                reason.setErrorMessage(Translated.reason(problem));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-reason");
        CitationPicker quote = new CitationPicker(course.reading(), mark -> reason.setValue(
                reason.getValue().isBlank() ? mark : reason.getValue().stripTrailing() + " " + mark));
        Div form = new Div(side, reason, quote, add);
        form.addClassName("reason-form");
        return form;
    }

    private void render(ArgumentMap current) {
        map.removeAll();
        for (Side side : Side.values()) {
            Div column = new Div(new H3(getTranslation(SideTexts.key(side))));
            column.addClassName("argument-side");
            List<ArgumentMap.ReasonView> reasons = current.side(side);
            if (reasons.isEmpty()) {
                column.add(new Paragraph(getTranslation("argument.no-reasons")));
            }
            for (ArgumentMap.ReasonView reason : reasons) {
                ReasonCard card = new ReasonCard(reason, course);
                if (!reason.mine() && maps != null) {
                    card.add(judgeButton(reason, Stance.SUPPORT), judgeButton(reason, Stance.CHALLENGE));
                }
                column.add(card);
            }
            map.add(column);
        }
    }

    private Button judgeButton(ArgumentMap.ReasonView reason, Stance stance) {
        ArgumentMapService maps = Objects.requireNonNull(this.maps);
        boolean chosen = reason.myStance() == stance;
        String key = "argument.panel." + (stance == Stance.SUPPORT ? "support" : "challenge") + (chosen ? "ed" : "");
        Button button = new Button(getTranslation(key), click -> {
            maps.judge(course.key(), promptKey, reason.id(), stance);
            render(maps.myClassMap(course.key(), promptKey));
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        return button;
    }
}
