package org.colloquy.content.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.base.ui.PlainText;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.content.Prose;
import org.colloquy.content.Reading;
import org.springframework.modulith.NamedInterface;

/** Renders author prose as text: paragraphs, and quotations from the reading marked with their paragraph. */
@NamedInterface("ui")
public class ProseView extends Div {

    public ProseView(Prose prose, Reading reading) {
        addClassName("prose");
        if (prose.blocks().size() == 1 && prose.blocks().getFirst() instanceof Prose.Plain plain) {
            // most prompts are one paragraph: no wrapper paragraph, one element fewer in every session
            PlainText.set(this, plain.text());
            addClassName("single-paragraph");
            return;
        }
        for (Prose.Block block : prose.blocks()) {
            switch (block) {
                case Prose.Plain plain -> add(PlainText.set(new Paragraph(), plain.text()));
                case Prose.Quotation quotation -> add(quotation(quotation, reading));
            }
        }
    }

    /** A {@code <blockquote>} holding the words and a {@code <cite>} naming the paragraph they come from. */
    private static Quotation quotation(Prose.Quotation quotation, Reading reading) {
        String where = reading.paragraph(quotation.paragraphId())
                .map(paragraph -> I18NProvider.translate("content.prose.from-paragraph", paragraph.number()))
                .orElse(I18NProvider.translate("content.prose.from-essay"));
        return new Quotation(quotation.quoted() + " ", "— " + where);
    }

    @Tag("blockquote")
    static final class Quotation extends HtmlContainer {

        Quotation(String words, String source) {
            addClassName("quotation");
            getElement().setText(words);
            Element cite = new Element("cite");
            cite.setText(source);
            ContentLanguage.interfaceText(cite);
            getElement().appendChild(cite);
        }
    }

}
