package org.colloquy.base.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Text shown in an element through the browser's {@code innerText} property instead of a child text node. The
 * browser treats the value as text (line breaks become line breaks, markup is never interpreted), and the server
 * keeps one state node fewer per element: on the views every student session holds, that is a third of their
 * memory (docs/performance.md, decision 0018).
 */
public final class PlainText {

    private static final String PROPERTY = "innerText";

    private PlainText() {
    }

    /** Replaces whatever the element showed with the text; returns the element for chaining. */
    public static <T extends HasElement> T set(T target, String text) {
        // only when there are children: removing none still tells the browser to clear the element, which would
        // wipe the text shown through the property when its value has not changed since
        if (target.getElement().getChildCount() > 0) {
            target.getElement().removeAllChildren();
        }
        target.getElement().setProperty(PROPERTY, text);
        return target;
    }

    /** The text an element shows, whether set here or as child text nodes. */
    public static String of(HasElement target) {
        String property = target.getElement().getProperty(PROPERTY);
        return property != null ? property : target.getElement().getText();
    }
}
