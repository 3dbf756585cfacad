package org.colloquy.argument.ui;

import org.colloquy.base.Author;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.content.Course;
import org.colloquy.content.ui.CitedText;
import org.colloquy.content.ui.ContentPages;

/** One reason on the map: its text, the paragraphs it cites (linked), who wrote it, and what classmates think. */
class ReasonCard extends Div {

    ReasonCard(ArgumentMap.ReasonView reason, Course course) {
        addClassName("reason-card");
        CitedText body = new CitedText(reason.body(), course);
        Div cites = new Div();
        cites.addClassName("reason-cites");
        for (String cite : reason.cites()) {
            course.reading().paragraph(cite).ifPresent(paragraph -> cites.add(new Anchor(
                    ContentPages.paragraph(course.key(), paragraph.id()), "¶" + paragraph.number())));
        }
        Span meta = new Span((reason.author().shown() ? authorOf(reason) + " · " : "")
                + getTranslation("argument.card.votes", reason.supports(), reason.challenges()));
        meta.addClassName("work-status");
        add(body, cites, meta);
    }

    /** The reader herself and a classmate who left are stand-ins, said in the viewer's language. */
    private String authorOf(ArgumentMap.ReasonView reason) {
        Author author = reason.author();
        return switch (author.kind()) {
            case SELF -> getTranslation("argument.card.you");
            case FORMER_CLASSMATE, FORMER_MEMBER, CLASSMATE -> getTranslation("argument.card.a-classmate");
            case NAMED, NOBODY -> author.name();
        };
    }
}
