package org.colloquy.content.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.colloquy.content.Reading;

/**
 * The cited paragraphs of the reading, shown beside a question. A {@link Details} so that on a narrow screen
 * the student can fold it away; open by default.
 */
public class PassagePanel extends Details {

    public PassagePanel(Reading reading, List<String> paragraphIds) {
        List<org.colloquy.content.Paragraph> cited = reading.paragraphs(paragraphIds);
        addClassName("passage-panel");
        setSummaryText(summary(cited));
        setOpened(true);
        Div body = new Div();
        body.addClassName("passage-body");
        for (org.colloquy.content.Paragraph paragraph : cited) {
            Div block = new Div();
            block.addClassName("passage-paragraph");
            block.setId("passage-" + paragraph.id());
            Span number = new Span("¶" + paragraph.number());
            number.addClassName("paragraph-number");
            number.getElement().setAttribute("aria-label", "Paragraph " + paragraph.number());
            block.add(number, new Paragraph(paragraph.text()));
            body.add(block);
        }
        add(body);
    }

    private static String summary(List<org.colloquy.content.Paragraph> cited) {
        if (cited.isEmpty()) {
            return "The passage";
        }
        if (cited.size() == 1) {
            return "The passage: paragraph " + cited.getFirst().number();
        }
        boolean contiguous = cited.getLast().number() - cited.getFirst().number() == cited.size() - 1;
        return contiguous
                ? "The passage: paragraphs " + cited.getFirst().number() + "–" + cited.getLast().number()
                : "The passage: paragraphs " + String.join(", ",
                        cited.stream().map(paragraph -> String.valueOf(paragraph.number())).toList());
    }
}
