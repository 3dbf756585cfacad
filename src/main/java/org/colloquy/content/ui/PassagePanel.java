package org.colloquy.content.ui;

import org.colloquy.base.ui.PlainText;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.colloquy.content.Reading;
import org.springframework.modulith.NamedInterface;

/**
 * The cited paragraphs of the reading, shown beside a question: a native {@code <details>} so that on a narrow
 * screen the student can fold it away; open by default. One element per paragraph, its number drawn by CSS,
 * because this panel is on every lesson step of every student session.
 */
@NamedInterface("ui")
public class PassagePanel extends NativeDetails {

    public PassagePanel(Reading reading, List<String> paragraphIds) {
        List<org.colloquy.content.Paragraph> cited = reading.paragraphs(paragraphIds);
        addClassName("passage-panel");
        PlainText.set(getSummary(), summary(cited));
        ContentLanguage.interfaceText(getSummary().getElement());
        setOpen(true);
        for (org.colloquy.content.Paragraph paragraph : cited) {
            Paragraph text = PlainText.set(new Paragraph(), paragraph.text());
            text.addClassName("passage-paragraph");
            text.getElement().setAttribute("data-number", "¶" + paragraph.number());
            getElement().appendChild(text.getElement());
        }
    }

    private String summary(List<org.colloquy.content.Paragraph> cited) {
        if (cited.isEmpty()) {
            return getTranslation("content.passage.none");
        }
        if (cited.size() == 1) {
            return getTranslation("content.passage.one", cited.getFirst().number());
        }
        boolean contiguous = cited.getLast().number() - cited.getFirst().number() == cited.size() - 1;
        return contiguous
                ? getTranslation("content.passage.range", cited.getFirst().number(), cited.getLast().number())
                : getTranslation("content.passage.list", String.join(", ",
                        cited.stream().map(paragraph -> String.valueOf(paragraph.number())).toList()));
    }
}
