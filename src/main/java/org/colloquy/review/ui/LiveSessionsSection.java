package org.colloquy.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.seminar.LiveSessionSummary;

/** The cohort dashboard's list of the class's live sessions, each linking to everything it received. */
final class LiveSessionsSection extends Div {

    LiveSessionsSection(long cohortId, List<LiveSessionSummary> sessions) {
        setId("live-sessions");
        addClassName("dashboard-section");
        add(new H2("Live sessions"));
        if (sessions.isEmpty()) {
            add(new Paragraph("No live session has been run for this class yet. Start one from Seminar and pick "
                    + "this class: its answers will be listed here."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (LiveSessionSummary session : sessions) {
            Anchor results = new Anchor("classes/" + cohortId + "/live/" + session.id(), session.title());
            results.setId("live-session-" + session.id());
            Span facts = new Span(" · " + TimeDisplay.dateTime(session.startedAt()) + " · led by "
                    + session.leaderName() + " · " + plural(session.answerCount(), "answer") + " from "
                    + plural(session.peopleAnswering(), "person", "people") + " to "
                    + plural(session.promptCount(), "prompt") + (session.isRunning() ? " · running now" : ""));
            list.add(new ListItem(results, facts));
        }
        add(list);
    }

    static String plural(int count, String one) {
        return plural(count, one, one + "s");
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
