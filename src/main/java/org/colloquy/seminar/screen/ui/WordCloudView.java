package org.colloquy.seminar.screen.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.seminar.screen.WordCloud;

/**
 * A word cloud of approved answers: each word a text span sized by how often it was used, the largest in the
 * middle. Words are set as text, so nothing a student typed becomes markup.
 */
final class WordCloudView extends Div {

    WordCloudView(List<WordCloud.Word> words) {
        setId("word-cloud");
        addClassName("word-cloud");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("seminar.word-cloud.label"));
        for (WordCloud.Word word : centred(words)) {
            String times = getTranslation("seminar.word-cloud.times", word.count());
            // the size shows the count to the eye; the hidden text says it to a screen reader
            Span count = new Span(", " + times);
            count.addClassName("visually-hidden");
            Span span = new Span(new Text(word.text()), count);
            span.addClassNames("cloud-word", "cloud-size-" + word.size());
            span.getElement().setAttribute("role", "listitem");
            span.getElement().setAttribute("title", times);
            add(span);
        }
    }

    /** Most frequent first in, alternately to the right and the left, so the big words sit in the middle. */
    private static List<WordCloud.Word> centred(List<WordCloud.Word> ranked) {
        List<WordCloud.Word> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i % 2 == 0) {
                out.add(ranked.get(i));
            } else {
                out.addFirst(ranked.get(i));
            }
        }
        return out;
    }
}
