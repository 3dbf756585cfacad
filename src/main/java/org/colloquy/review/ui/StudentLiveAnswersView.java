package org.colloquy.review.ui;

import org.colloquy.content.PositionStep;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.UserRef;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.seminar.results.LiveResultsService;
import org.colloquy.seminar.results.StudentLiveAnswer;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.i18n.I18NProvider;

/** One student's live answers across the class's sessions, for the class's instructors. */
@Route("classes/:cohortId/students/:studentId/live")
@RolesAllowed("INSTRUCTOR")
class StudentLiveAnswersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return t("review.student-live.page-title");
    }


    private final LiveResultsService results;
    private final CohortService cohorts;

    StudentLiveAnswersView(LiveResultsService results, CohortService cohorts) {
        this.results = results;
        this.cohorts = cohorts;
        setId("main-content");
        addClassNames("page", "live-results-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = CohortIds.from(event);
        String studentParameter = event.getRouteParameters().get("studentId").orElse("");
        List<StudentLiveAnswer> answers;
        UserRef student;
        try {
            long studentId = Long.parseLong(studentParameter);
            answers = results.answersOf(cohortId, studentId);
            student = cohorts.students(cohortId).stream().filter(candidate -> candidate.id() == studentId)
                    .findFirst().orElseThrow(() -> new AccessDeniedException("not a student of the class")); // not interface text
        } catch (AccessDeniedException | NumberFormatException notYours) {
            throw PageNotFound.because(t("review.student-live.no-such-student"));
        }
        removeAll();
        add(new Anchor(ReviewPages.cohort(cohortId), "← " + cohorts.requireTeaching(cohortId).name()));
        add(new H1(t("review.student-live.heading", student.displayName())));
        if (answers.isEmpty()) {
            add(new Paragraph(t("review.student-live.none", student.displayName())));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("student-live-answers");
        list.addClassName("live-results-answers");
        for (StudentLiveAnswer answer : answers) {
            Anchor session = new Anchor(ReviewPages.liveSession(cohortId, answer.sessionId()),
                    Translated.text(answer.sessionTitle()));
            Span where = new Span(" · " + TimeDisplay.dateTime(answer.sessionStartedAt()) + " · " + answer.promptNumber()
                    + ". " + answer.prompt() + " — ");
            Span body = new Span(answer.point() > 0 ? Translated.text(PositionStep.pointName(answer.point())) : answer.answer());
            body.addClassName("answer-body");
            Span state = new Span(switch (answer.approval()) {
                case PENDING -> t("review.live.pending");
                case APPROVED -> t("review.live.approved");
                case HIDDEN -> t("review.live.hidden");
            });
            state.addClassName("moderation-state");
            list.add(new ListItem(session, where, body, state));
        }
        add(list);
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
