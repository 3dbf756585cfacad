package org.colloquy.studio.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquy.base.ui.PlainText;
import org.colloquy.studio.OpenQuestion;

/** The open questions found, each with a checkbox to keep it (all kept at first): where, its words, kind, why. */
final class QuestionPicker extends Div {

    private final Map<OpenQuestion, Checkbox> kept = new LinkedHashMap<>();

    QuestionPicker() {
        setId("studio-questions");
        addClassName("studio-questions");
    }

    void show(List<OpenQuestion> questions) {
        removeAll();
        kept.clear();
        if (questions.isEmpty()) {
            add(new Paragraph(getTranslation("studio.questions.none")));
            return;
        }
        add(new Paragraph(getTranslation("studio.questions.found", questions.size())));
        for (OpenQuestion question : questions) {
            Checkbox keep = new Checkbox(true);
            keep.addClassName("studio-question");
            keep.setLabel(getTranslation("studio.questions.label", question.paragraph(), question.sentence(),
                    getTranslation("studio.questions.kind." + question.kind().name().toLowerCase(Locale.ROOT))));
            Div words = PlainText.set(new Div(), question.text());
            words.addClassName("studio-question-words");
            Div reason = PlainText.set(new Div(), getTranslation("studio.questions.reason", question.reason()));
            reason.addClassName("studio-question-reason");
            keep.setHelperComponent(new Div(words, reason));
            kept.put(question, keep);
            add(keep);
        }
    }

    /** The questions whose box is ticked, in reading order. */
    List<OpenQuestion> kept() {
        List<OpenQuestion> chosen = new ArrayList<>();
        kept.forEach((question, box) -> {
            if (box.getValue()) {
                chosen.add(question);
            }
        });
        return chosen;
    }
}
