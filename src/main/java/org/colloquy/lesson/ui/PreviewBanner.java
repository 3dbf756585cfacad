package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Says, above a course or a lesson opened by someone who is not a student, that this is a preview. */
class PreviewBanner extends Div {

    PreviewBanner() {
        setId("preview-banner");
        addClassName("preview-banner");
        getElement().setAttribute("role", "note");
        add(new Span(getTranslation("lesson.preview.banner")), new Paragraph(getTranslation("lesson.preview.banner-detail")));
    }
}
