package org.colloquy.discussion.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

/** The label on what the class's instructor wrote as its instructor, so nobody takes it for a classmate's. */
final class InstructorBadge extends Span {

    InstructorBadge() {
        super(I18NProvider.translate("discussion.instructor-badge"));
        addClassName("instructor-badge");
    }
}
