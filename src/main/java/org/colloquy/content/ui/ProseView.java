package org.colloquy.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.colloquy.content.Prose;
import org.colloquy.content.Reading;

/** Renders author prose as text: paragraphs, and quotations from the reading marked with their paragraph. */
public class ProseView extends Div {

    public ProseView(Prose prose, Reading reading) {
        addClassName("prose");
        for (Prose.Block block : prose.blocks()) {
            switch (block) {
                case Prose.Plain plain -> add(new Paragraph(plain.text()));
                case Prose.Quotation quotation -> add(quotation(quotation, reading));
            }
        }
    }

    private static Div quotation(Prose.Quotation quotation, Reading reading) {
        Div quote = new Div();
        quote.addClassName("quotation");
        quote.getElement().setAttribute("role", "figure");
        Paragraph words = new Paragraph("“" + quotation.text() + "”");
        String where = reading.paragraph(quotation.paragraphId())
                .map(paragraph -> "From the essay, paragraph " + paragraph.number())
                .orElse("From the essay");
        Span source = new Span("— " + where);
        source.addClassName("quotation-source");
        quote.add(words, source);
        quote.getElement().setAttribute("aria-label", "Quotation. " + where);
        return quote;
    }

}
