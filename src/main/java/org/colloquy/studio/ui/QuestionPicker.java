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
import org.jspecify.annotations.Nullable;

/**
 * The open questions found, each with a checkbox to keep it (all kept at first): where, its words, kind and why;
 * then the teacher's own questions, kept too.
 */
final class QuestionPicker extends Div {

    private final Map<OpenQuestion, Checkbox> kept = new LinkedHashMap<>();
    private final Paragraph summary = new Paragraph();

    QuestionPicker() {
        setId("studio-questions");
        addClassName("studio-questions");
    }

    void show(List<OpenQuestion> questions) {
        removeAll();
        kept.clear();
        summary.setText(questions.isEmpty() ? getTranslation("studio.questions.none")
                : getTranslation("studio.questions.found", questions.size()));
        add(summary);
        for (OpenQuestion question : questions) {
            add(question, getTranslation("studio.questions.label", question.paragraph(), question.sentence(),
                    getTranslation("studio.questions.kind." + question.kind().name().toLowerCase(Locale.ROOT))),
                    getTranslation("studio.questions.reason", question.reason()));
        }
    }

    /** A question of the teacher's own, kept. */
    void addOwn(OpenQuestion question) {
        add(question, getTranslation("studio.own.label", question.paragraph()), null);
    }

    private void add(OpenQuestion question, String label, @Nullable String why) {
        Checkbox keep = new Checkbox(true);
        keep.addClassName("studio-question");
        keep.setLabel(label);
        Div words = PlainText.set(new Div(), question.text());
        words.addClassName("studio-question-words");
        Div helper = new Div(words);
        if (why != null) {
            Div reason = PlainText.set(new Div(), why);
            reason.addClassName("studio-question-reason");
            helper.add(reason);
        }
        keep.setHelperComponent(helper);
        kept.put(question, keep);
        add(keep);
    }

    /** Every question listed, kept or not. */
    List<OpenQuestion> listed() {
        return List.copyOf(kept.keySet());
    }

    /** The questions whose box is ticked, found ones in reading order, then her own. */
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
