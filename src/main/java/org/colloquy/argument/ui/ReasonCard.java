package org.colloquy.argument.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.content.Course;
import org.colloquy.content.ui.CitedText;

/** One reason on the map: its text, the paragraphs it cites (linked), who wrote it, and what classmates think. */
class ReasonCard extends Div {

    ReasonCard(ArgumentMap.ReasonView reason, Course course) {
        addClassName("reason-card");
        CitedText body = new CitedText(reason.body(), course);
        Div cites = new Div();
        cites.addClassName("reason-cites");
        for (String cite : reason.cites()) {
            course.reading().paragraph(cite).ifPresent(paragraph -> cites.add(new Anchor(
                    "course/" + course.key() + "/reading#" + paragraph.id(), "¶" + paragraph.number())));
        }
        Span meta = new Span((reason.author().isEmpty() ? "" : authorOf(reason) + " · ")
                + getTranslation("argument.card.votes", reason.supports(), reason.challenges()));
        meta.addClassName("work-status");
        add(body, cites, meta);
    }

    /** The service names the reader "You" and a gone classmate "A classmate"; here they read in the viewer's language. */
    private String authorOf(ArgumentMap.ReasonView reason) {
        return switch (reason.author()) {
            case "You" -> getTranslation("argument.card.you"); // not interface text: a stand-in
            case "A classmate" -> getTranslation("argument.card.a-classmate"); // not interface text: a stand-in
            default -> reason.author();
        };
    }
}
