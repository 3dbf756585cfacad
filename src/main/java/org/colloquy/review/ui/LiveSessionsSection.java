package org.colloquy.review.ui;

import org.colloquy.base.i18n.Translated;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.seminar.results.LiveSessionSummary;
import com.vaadin.flow.i18n.I18NProvider;

/** The cohort dashboard's list of the class's live sessions, each linking to everything it received. */
final class LiveSessionsSection extends Div {

    LiveSessionsSection(long cohortId, List<LiveSessionSummary> sessions) {
        setId("live-sessions");
        addClassName("dashboard-section");
        add(new H2(t("review.live.sessions")));
        if (sessions.isEmpty()) {
            add(new Paragraph(t("review.live.no-sessions")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (LiveSessionSummary session : sessions) {
            Anchor results = new Anchor(ReviewPages.liveSession(cohortId, session.id()),
                    Translated.text(session.title()));
            results.setId("live-session-" + session.id());
            String when = TimeDisplay.dateTime(session.startedAt());
            String leader = LiveNames.leader(session.leader());
            Span facts = new Span(" · " + (session.answerCount() == 0
                    ? t("review.live.session-facts-no-answers", when, leader, session.promptCount())
                    : t("review.live.session-facts", when, leader, session.answerCount(), session.peopleAnswering(),
                            session.promptsAnswered(), session.promptCount()))
                    + (session.isRunning() ? " · " + t("review.live.running-now") : ""));
            facts.setId("live-session-facts-" + session.id());
            list.add(new ListItem(results, facts));
        }
        add(list);
    }


    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
