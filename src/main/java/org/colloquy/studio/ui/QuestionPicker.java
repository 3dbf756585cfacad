package org.colloquy.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PlainText;
import org.colloquy.studio.OpenQuestion;
import org.jspecify.annotations.Nullable;

/**
 * The open questions found, each with a checkbox to keep it (all kept at first): where, its words, kind and why;
 * then the teacher's own questions, kept too. Any question but the first can be merged with the one above it into one
 * question, kept.
 */
final class QuestionPicker extends Div {

    /** One listed question: what it says about itself, and whether it is kept. */
    private record Row(OpenQuestion question, String label, @Nullable String why, boolean kept) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Checkbox> boxes = new ArrayList<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final BinaryOperator<OpenQuestion> merger;

    /** @param merger merges a question into the one above it (the studio's service) */
    QuestionPicker(BinaryOperator<OpenQuestion> merger) {
        this.merger = merger;
        setId("studio-questions");
        addClassName("studio-questions");
        problem.addClassName("studio-merge-problem");
        problem.getElement().setAttribute("role", "alert");
    }

    void show(List<OpenQuestion> questions) {
        rows.clear();
        summary.setText(questions.isEmpty() ? getTranslation("studio.questions.none")
                : getTranslation("studio.questions.found", questions.size()));
        for (OpenQuestion question : questions) {
            rows.add(new Row(question, getTranslation("studio.questions.label", question.paragraph(),
                    question.sentence(), getTranslation("studio.questions.kind."
                            + question.kind().name().toLowerCase(Locale.ROOT))),
                    getTranslation("studio.questions.reason", question.reason()), true));
        }
        render();
    }

    /** A question of the teacher's own, kept. */
    void addOwn(OpenQuestion question) {
        keepTicks();
        rows.add(new Row(question, getTranslation("studio.own.label", question.paragraph()), null, true));
        render();
    }

    /** Every question listed, kept or not. */
    List<OpenQuestion> listed() {
        return rows.stream().map(Row::question).toList();
    }

    /** The questions whose box is ticked, in the order listed. */
    List<OpenQuestion> kept() {
        keepTicks();
        return rows.stream().filter(Row::kept).map(Row::question).toList();
    }

    private void render() {
        removeAll();
        boxes.clear();
        problem.setText("");
        add(summary, problem);
        for (int i = 0; i < rows.size(); i++) {
            add(row(i));
        }
    }

    private Div row(int index) {
        Row row = rows.get(index);
        Checkbox keep = new Checkbox(row.kept());
        keep.addClassName("studio-question");
        keep.setLabel(row.label());
        Div words = PlainText.set(new Div(), row.question().text());
        words.addClassName("studio-question-words");
        Div helper = new Div(words);
        if (row.why() != null) {
            Div reason = PlainText.set(new Div(), row.why());
            reason.addClassName("studio-question-reason");
            helper.add(reason);
        }
        keep.setHelperComponent(helper);
        boxes.add(keep);
        Div line = new Div(keep);
        line.addClassName("studio-question-row");
        if (index > 0) {
            Button merge = new Button(getTranslation("studio.merge.button"), click -> merge(index));
            merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            merge.addClassName("studio-merge");
            merge.getElement().setAttribute("aria-label", getTranslation("studio.merge.aria", row.label()));
            line.add(merge);
        }
        return line;
    }

    private void merge(int index) {
        keepTicks();
        Row above = rows.get(index - 1);
        Row below = rows.get(index);
        try {
            OpenQuestion merged = merger.apply(above.question(), below.question());
            rows.set(index - 1, new Row(merged, getTranslation("studio.merge.label", merged.paragraph(),
                    merged.sentence()), null, true));
            rows.remove(index);
            render();
            boxes.get(index - 1).focus();
        } catch (Refusal refused) {
            problem.setText(Translated.reason(refused));
        }
    }

    /** Remembers each box's tick in its row, before the rows are listed again. */
    private void keepTicks() {
        for (int i = 0; i < boxes.size() && i < rows.size(); i++) {
            Row row = rows.get(i);
            rows.set(i, new Row(row.question(), row.label(), row.why(), boxes.get(i).getValue()));
        }
    }
}
