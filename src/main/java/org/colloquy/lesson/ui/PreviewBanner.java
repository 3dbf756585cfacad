package org.colloquy.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Says, above a course or a lesson opened by someone who is not a student, that this is a preview. */
class PreviewBanner extends Div {

    PreviewBanner() {
        this(false);
    }

    /** {@code ofADraft}: the lesson is read from a course drafted in the studio, which students cannot open yet. */
    PreviewBanner(boolean ofADraft) {
        setId("preview-banner");
        addClassName("preview-banner");
        getElement().setAttribute("role", "note");
        add(new Span(getTranslation("lesson.preview.banner")), new Paragraph(getTranslation(
                ofADraft ? "lesson.preview.banner-draft" : "lesson.preview.banner-detail")));
    }
}
