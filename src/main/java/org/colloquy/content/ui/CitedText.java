package org.colloquy.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.content.Citations;
import org.colloquy.content.Course;

/**
 * Text a person wrote, shown as text, followed by an excerpt of each paragraph of the reading it cites with
 * {@code [¶N]}, each linking to that paragraph in the reading.
 */
public class CitedText extends Div {

    private static final int EXCERPT = 220;

    public CitedText(String text, Course course) {
        addClassName("cited-text");
        Paragraph body = new Paragraph(text);
        body.addClassName("work-body");
        add(body);
        for (org.colloquy.content.Paragraph paragraph : Citations.paragraphs(text, course.reading())) {
            Div excerpt = new Div();
            excerpt.addClassName("citation");
            String words = paragraph.text().length() > EXCERPT
                    ? paragraph.text().substring(0, EXCERPT).strip() + "…"
                    : paragraph.text();
            Paragraph quoted = new Paragraph("“" + words + "”");
            Anchor source = new Anchor("course/" + course.key() + "/reading#" + paragraph.id(),
                    "Paragraph " + paragraph.number() + " of the essay");
            excerpt.add(quoted, source);
            add(excerpt);
        }
    }
}
