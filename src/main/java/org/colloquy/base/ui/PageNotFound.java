package org.colloquy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address Colloquy has no page for, in the reader's language, in place of Vaadin's English one.
 * A view that finds nothing to show throws {@link #because(String)} with the reason in the reader's language, and
 * the page shows it; the router's own messages (English, naming routes) are never shown.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class PageNotFound extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        setId("main-content");
        addClassNames("page", "not-found-page");
        removeAll();
        add(new H1(getTranslation("base.not-found.title")));
        if (parameter.getCaughtException() instanceof Because because) {
            Paragraph why = new Paragraph(because.getMessage());
            why.setId("not-found-reason");
            add(why);
        }
        add(new Paragraph(getTranslation("base.not-found.next")), new Anchor("", getTranslation("base.not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Nothing to show here, for a reason already in the reader's language. */
    public static NotFoundException because(String reasonInReadersLanguage) {
        return new Because(reasonInReadersLanguage);
    }

    /** A not-found whose message a view wrote for the reader. */
    private static final class Because extends NotFoundException {
        Because(String reason) {
            super(reason);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("base.not-found.title"));
    }
}
