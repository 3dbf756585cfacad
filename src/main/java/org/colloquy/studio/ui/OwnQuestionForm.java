package org.colloquy.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.colloquy.base.ui.TypingLimit;
import org.colloquy.studio.Essay;
import org.colloquy.studio.StudioService;

/** A question of the teacher's own: the paragraph it asks about, and its words. */
final class OwnQuestionForm extends Div {

    private static final int LABEL_WORDS = 60;

    private final Select<Integer> paragraph = new Select<>();
    private final TextField words = new TextField();

    OwnQuestionForm(BiConsumer<Integer, String> add) {
        setId("own-question");
        addClassName("studio-own-question");
        paragraph.setId("own-question-paragraph");
        paragraph.setLabel(getTranslation("studio.own.paragraph"));
        paragraph.setWidth("min(100%, 40em)");
        words.setId("own-question-words");
        words.setLabel(getTranslation("studio.own.words"));
        TypingLimit.on(words, StudioService.MAX_OWN_QUESTION);
        words.setWidthFull();
        Button button = new Button(getTranslation("studio.own.add"), click -> {
            add.accept(paragraph.getValue() == null ? 0 : paragraph.getValue(), words.getValue());
        });
        button.setId("add-own-question");
        add(new H3(getTranslation("studio.own.heading")), paragraph, words, new Div(button));
    }

    void show(Essay essay) {
        paragraph.setItems(IntStream.rangeClosed(1, essay.paragraphs().size()).boxed().toList());
        paragraph.setItemLabelGenerator(number -> number == null ? "" : getTranslation("studio.own.paragraph-label",
                number, start(essay.paragraphs().get(number - 1).text())));
        paragraph.setValue(1);
        words.clear();
    }

    void clear() {
        words.clear();
    }

    private static String start(String text) {
        return text.length() <= LABEL_WORDS ? text : text.substring(0, LABEL_WORDS).strip() + "…";
    }
}
