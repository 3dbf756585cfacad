package org.colloquy.review.ui;

import org.colloquy.content.PositionStep;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.seminar.results.Answerer;
import org.colloquy.seminar.results.LiveResult;
import org.colloquy.seminar.results.LiveResultsService;
import org.colloquy.seminar.results.LiveSessionResults;
import org.colloquy.seminar.results.LiveSessionSummary;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Objects;

/** Everything one live session of a class received, per prompt and per person (guests marked), with moderation state. */
@Route("classes/:cohortId/live/:sessionId")
@RolesAllowed("INSTRUCTOR")
class LiveSessionResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveResultsService results;
    private String title = "";

    LiveSessionResultsView(LiveResultsService results) {
        this.results = results;
        setId("main-content");
        addClassNames("page", "live-results-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = CohortIds.from(event);
        String sessionParameter = event.getRouteParameters().get("sessionId").orElse("");
        LiveSessionResults found;
        try {
            found = results.results(cohortId, Long.parseLong(sessionParameter));
        } catch (AccessDeniedException | NumberFormatException notYours) {
            throw PageNotFound.because(t("review.live.no-such-session", sessionParameter));
        }
        LiveSessionSummary session = found.session();
        title = t("review.live.page-title", Translated.text(session.title()));
        removeAll();
        add(new Anchor(ReviewPages.cohort(cohortId), "← " + found.cohortName()));
        add(new H1(t("review.live.heading", Translated.text(session.title()))));
        Paragraph facts = new Paragraph(t("review.live.facts", TimeDisplay.dateTime(session.startedAt()),
                LiveNames.leader(session.leader()), session.answerCount(), session.peopleAnswering())
                + " · " + (session.isRunning() ? t("review.live.still-running")
                        : t("review.live.ended", TimeDisplay.dateTime(Objects.requireNonNull(session.closedAt())))));
        facts.setId("live-results-facts");
        add(facts, perPrompt(found), perPerson(found));
    }

    private static Section perPrompt(LiveSessionResults found) {
        Section section = new Section(new H2(t("review.live.per-prompt")));
        section.setId("live-results-prompts");
        section.addClassName("dashboard-section");
        for (LiveSessionResults.PromptResults prompt : found.prompts()) {
            Div block = new Div(new H3(prompt.prompt().number() + ". " + prompt.text()));
            block.addClassName("live-results-prompt");
            block.setId("live-prompt-" + prompt.prompt().number());
            if (prompt.answers().isEmpty()) {
                block.add(new Paragraph(t("review.live.no-answers")));
            }
            UnorderedList answers = new UnorderedList();
            answers.addClassName("live-results-answers");
            for (LiveResult answer : prompt.answers()) {
                answers.add(new ListItem(author(answer), body(shown(answer)), state(answer)));
            }
            block.add(answers);
            section.add(block);
        }
        return section;
    }

    private static Section perPerson(LiveSessionResults found) {
        Section section = new Section(new H2(t("review.live.per-person")));
        section.setId("live-results-students");
        section.addClassName("dashboard-section");
        List<LiveSessionResults.PersonAnswers> byPerson = found.byPerson();
        if (byPerson.isEmpty()) {
            section.add(new Paragraph(t("review.live.nobody")));
        }
        for (LiveSessionResults.PersonAnswers person : byPerson) {
            Answerer answerer = person.answerer();
            H3 heading = new H3();
            if (answerer.inClass()) {
                Anchor all = new Anchor(ReviewPages.studentLiveAnswers(found.cohortId(), answerer.id()),
                        answerer.name());
                all.getElement().setAttribute("title", t("review.live.every-answer-of", answerer.name()));
                heading.add(all);
            } else {
                heading.setText(LiveNames.answerer(answerer));
            }
            Div block = new Div(heading);
            block.addClassNames("live-results-student", kindClass(answerer));
            UnorderedList list = new UnorderedList();
            list.addClassName("live-results-answers");
            for (LiveSessionResults.AnswerToPrompt answer : person.answers()) {
                list.add(new ListItem(new Span(answer.prompt().number() + ". " + answer.text() + " — "),
                        body(shown(answer.result())), state(answer.result())));
            }
            block.add(list);
            section.add(block);
        }
        return section;
    }

    private static Span author(LiveResult answer) {
        Span author = new Span(LiveNames.answerer(answer.answerer()) + ": ");
        author.addClassNames("answer-author", kindClass(answer.answerer()));
        return author;
    }

    /** Marks a guest's (or a former account's) answers for the eye as well as in words. */
    private static String kindClass(Answerer answerer) {
        return "answerer-" + answerer.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The answer as written, or the point of the scale in the reader's language. */
    private static String shown(LiveResult answer) {
        return answer.point() > 0 ? Translated.text(PositionStep.pointName(answer.point())) : answer.answer();
    }

    private static Span body(String text) {
        Span body = new Span(text);
        body.addClassName("answer-body");
        return body;
    }

    private static Span state(LiveResult answer) {
        Span state = new Span(switch (answer.approval()) {
            case PENDING -> t("review.live.pending");
            case APPROVED -> t("review.live.approved");
            case HIDDEN -> t("review.live.hidden");
        });
        state.addClassNames("moderation-state", "moderation-" + answer.approval().name().toLowerCase(Locale.ROOT));
        return state;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
