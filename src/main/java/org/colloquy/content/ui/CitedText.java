package org.colloquy.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.content.Citations;
import org.colloquy.content.Course;
import org.springframework.modulith.NamedInterface;

/**
 * Text a person wrote, shown as text, followed by each passage of the reading it cites: an excerpt of the paragraph
 * for {@code [¶N]}, the quoted sentence for {@code [¶N.S]}, each linking to that place in the reading.
 */
@NamedInterface("ui")
public class CitedText extends Div {

    private static final int EXCERPT = 220;

    public CitedText(String text, Course course) {
        addClassName("cited-text");
        Paragraph body = new Paragraph(text);
        body.addClassName("work-body");
        add(body);
        for (Citations.Cited cited : Citations.resolve(text, course.reading())) {
            org.colloquy.content.Paragraph paragraph = cited.paragraph();
            Div excerpt = new Div();
            excerpt.addClassName("citation");
            String words = cited.sentenceText() != null ? cited.sentenceText()
                    : paragraph.text().length() > EXCERPT ? paragraph.text().substring(0, EXCERPT).strip() + "…"
                    : paragraph.text();
            Paragraph quoted = ContentLanguage.mark(new Paragraph("“" + words + "”"), course);
            Anchor source = new Anchor(ReadingLinks.to(course, paragraph, cited.sentence()),
                    cited.sentence() != null
                            ? getTranslation("content.cited.sentence", paragraph.number(), cited.sentence())
                            : getTranslation("content.cited.paragraph", paragraph.number()));
            excerpt.add(quoted, source);
            add(excerpt);
        }
    }
}
