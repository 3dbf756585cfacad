package org.colloquy.cohort.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.JoinResult;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Translated;
import org.colloquy.content.ui.ContentPages;

/**
 * Where "sign in and join" leads: it needs a signed-in student, so a visitor is sent to the login first and
 * brought back here, and the join happens on arrival; then on to the course.
 */
@Route("join/:code/continue")
@RolesAllowed("STUDENT")
class JoinAfterSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;

    JoinAfterSignInView(CohortService cohorts) {
        this.cohorts = cohorts;
        setId("main-content");
        addClassNames("page", "join-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        JoinResult result;
        try {
            result = cohorts.join(code);
        } catch (Refusal waitFirst) {
            showProblem(Translated.reason(waitFirst));
            return;
        }
        switch (result) {
            case JoinResult.Joined joined -> event.forwardTo(ContentPages.courseHome(joined.cohort().courseKey()));
            case JoinResult.AlreadyMember member -> event.forwardTo(ContentPages.courseHome(member.cohort().courseKey()));
            case JoinResult.UnknownCode unknown -> showProblem(JoinTexts.unknownCode(this, unknown));
        }
    }

    private void showProblem(String problem) {
        removeAll();
        Paragraph message = new Paragraph(problem);
        message.addClassNames("join-message", "error");
        add(new H1(getTranslation("account.join.title")), message, new Anchor(CohortPages.join(), getTranslation("account.join.try-another")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("account.join.joining"));
    }
}
