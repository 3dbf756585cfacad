package org.colloquy.review.ui;

import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.review.PassageEngagement;
import org.colloquy.review.PassageEngagementService;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.i18n.I18NProvider;

/** The reading with, beside each paragraph, how many prompts cite it and how many answers the class wrote on them. */
@Route("classes/:cohortId/passages")
@RolesAllowed("INSTRUCTOR")
class PassageEngagementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return t("review.passages.page-title");
    }


    private final PassageEngagementService engagement;

    PassageEngagementView(PassageEngagementService engagement) {
        this.engagement = engagement;
        setId("main-content");
        addClassNames("page", "reading-view", "engagement-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = CohortIds.from(event);
        PassageEngagement found;
        try {
            found = engagement.engagement(cohortId);
        } catch (AccessDeniedException notYours) {
            throw PageNotFound.because(t("review.no-such-class", String.valueOf(cohortId)));
        }
        removeAll();
        add(new Anchor(ReviewPages.cohort(cohortId), "← " + found.cohort().name()));
        add(new H1(t("review.passages.heading")));
        add(new Paragraph(t("review.passages.intro")));
        int most = Math.max(1, found.mostAnswers());
        for (PassageEngagement.Row row : found.paragraphs()) {
            Div block = new Div();
            block.addClassName("engagement-paragraph");
            Span counts = new Span(t("review.passages.counts", row.paragraph().number(), row.prompts(), row.answers()));
            counts.addClassName("engagement-counts");
            Div bar = new Div();
            bar.addClassName("engagement-bar");
            bar.getStyle().set("width", (100 * row.answers() / most) + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            block.add(counts, bar, new Paragraph(row.paragraph().text()));
            add(block);
        }
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
