package org.colloquy.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.Citations;
import org.colloquy.content.Paragraph;
import org.colloquy.content.Reading;
import org.colloquy.content.Sentences;
import org.springframework.modulith.NamedInterface;

/**
 * Picks a paragraph of the reading, and optionally one of its sentences, and hands over its citation mark
 * ({@code [¶4]} or {@code [¶4.2]}) for the text being written.
 */
@NamedInterface("ui")
public class CitationPicker extends Div {

    private final ComboBox<Paragraph> paragraph = new ComboBox<>();
    private final ComboBox<Integer> sentence = new ComboBox<>();

    public CitationPicker(Reading reading, Consumer<String> insert) {
        addClassName("citation-picker");
        paragraph.setLabel(getTranslation("content.cite.paragraph"));
        paragraph.setHelperText(getTranslation("content.cite.paragraph-help"));
        paragraph.setItems(reading.paragraphs());
        paragraph.setItemLabelGenerator(p -> "¶" + p.number() + " — " + firstWords(p.text(), 70));
        paragraph.setWidthFull();
        paragraph.setId("cite-paragraph");
        sentence.setLabel(getTranslation("content.cite.sentence"));
        sentence.setPlaceholder(getTranslation("content.cite.whole-paragraph"));
        sentence.setHelperText(getTranslation("content.cite.sentence-help"));
        sentence.setEnabled(false);
        sentence.setClearButtonVisible(true);
        sentence.setId("cite-sentence");
        paragraph.addValueChangeListener(change -> {
            sentence.clear();
            Paragraph chosen = change.getValue();
            List<String> sentences = chosen == null ? List.of() : Sentences.split(chosen.text());
            sentence.setItems(IntStream.rangeClosed(1, sentences.size()).boxed().toList());
            sentence.setItemLabelGenerator(number -> number + " — " + firstWords(sentences.get(number - 1), 60));
            sentence.setEnabled(chosen != null);
        });
        Button add = new Button(getTranslation("content.cite.insert"), click -> {
            Paragraph chosen = paragraph.getValue();
            if (chosen == null) {
                paragraph.setInvalid(true);
                paragraph.setErrorMessage(getTranslation("content.cite.choose-first"));
                return;
            }
            paragraph.setInvalid(false);
            insert.accept(sentence.getValue() == null ? Citations.mark(chosen)
                    : Citations.mark(chosen, sentence.getValue()));
        });
        add.setId("insert-citation");
        add(paragraph, sentence, add);
    }

    /**
     * Folded under "Cite the essay" until the student opens it: the two lists are built only for those who cite,
     * because the answer panel is in every student session (decision 0018).
     */
    public static NativeDetails folded(Reading reading, Consumer<String> insert) {
        NativeDetails fold = new NativeDetails();
        fold.addClassName("citation-fold");
        PlainText.set(fold.getSummary(), fold.getTranslation("content.cite.fold"));
        fold.addToggleListener(toggle -> {
            if (toggle.isOpened() && fold.getContent() == null) {
                fold.setContent(new CitationPicker(reading, insert));
            }
        });
        return fold;
    }

    private static String firstWords(String text, int length) {
        return text.length() > length ? text.substring(0, length - 3).strip() + "…" : text;
    }
}
