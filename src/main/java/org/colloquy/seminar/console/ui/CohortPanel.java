package org.colloquy.seminar.console.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import org.colloquy.argument.ui.ArgumentMapBoard;
import org.colloquy.seminar.cohort.CohortInRoom;
import org.colloquy.seminar.cohort.CohortOnScreen;
import org.colloquy.seminar.cohort.CohortSessionService;
import org.colloquy.seminar.cohort.MapToShow;
import org.colloquy.seminar.cohort.StarredAnswer;
import org.colloquy.seminar.session.ui.ChoiceLabels;

/**
 * The presenter's part for a session run for a class: who of the class has answered, the answers the class's
 * instructors starred in review for the prompt on screen (to bring onto the projector without a name), and the
 * class's argument maps. Its buttons are rebuilt only when what they act on changes, so a live update never
 * swallows a click.
 */
final class CohortPanel extends Section {

    private final CohortSessionService classSessions;
    private final Paragraph roster = new Paragraph();
    private final Div starred = new Div();
    private final Select<MapToShow> map = new Select<>();
    private final Button showMap;
    private final Div mapPreview = new Div();
    private long sessionId = -1;
    private Object starredShown = "";

    CohortPanel(CohortSessionService classSessions) {
        this.classSessions = classSessions;
        setId("class-panel");
        addClassName("class-panel");
        roster.setId("class-roster");
        roster.addClassName("class-roster");
        starred.setId("starred-answers");
        map.setId("class-map");
        map.setLabel(getTranslation("seminar.class.map"));
        map.setItemLabelGenerator(shown -> getTranslation("seminar.class.map-label", shown.lessonNumber(),
                shown.lessonTitle(), shown.claim()));
        showMap = new Button(getTranslation("seminar.class.show-map"), click -> toggleMap());
        showMap.setId("toggle-class-map");
        Div mapControls = new Div(map, showMap);
        mapControls.addClassName("class-map-controls");
        mapPreview.setId("class-map-preview");
        mapPreview.addClassName("class-map-preview");
        add(new H2(getTranslation("seminar.class.heading")), roster, new H3(getTranslation("seminar.class.starred")),
                starred, mapControls, mapPreview);
    }

    /** Re-reads the class's part of the session; hides itself for a session run for no class. */
    void show(long sessionId) {
        boolean newSession = this.sessionId != sessionId;
        this.sessionId = sessionId;
        CohortInRoom room = classSessions.classInRoom(sessionId).orElse(null);
        setVisible(room != null);
        if (room == null) {
            return;
        }
        roster.setText(roster(room));
        if (newSession) {
            List<MapToShow> maps = classSessions.mapsToShow(sessionId);
            map.setItems(maps);
            if (!maps.isEmpty()) {
                map.setValue(maps.getFirst());
            }
        }
        CohortOnScreen onScreen = classSessions.onScreen(sessionId);
        List<StarredAnswer> candidates = classSessions.starredForPromptOnScreen(sessionId);
        Object shown = List.of(candidates, Objects.toString(onScreen.broughtIn()));
        if (!shown.equals(starredShown)) {
            starredShown = shown;
            renderStarred(candidates, onScreen);
        }
        showMap.setText(getTranslation(onScreen.map() == null ? "seminar.class.show-map" : "seminar.class.hide-map"));
        map.setReadOnly(onScreen.map() != null);
        mapPreview.removeAll();
        if (onScreen.map() != null) {
            mapPreview.add(new Paragraph(getTranslation("seminar.class.on-projector-now")),
                    new ArgumentMapBoard(onScreen.map(), onScreen.course()).withPassageClosed());
        }
    }

    private String roster(CohortInRoom room) {
        String answered = getTranslation("seminar.class.answered", room.answered().size(), room.students().size(),
                room.cohortName());
        String waiting = room.notYetAnswered().isEmpty() ? "" : " " + getTranslation("seminar.class.not-yet",
                String.join(", ", room.notYetAnswered().stream().map(CohortInRoom.Student::name).toList()));
        String outside = room.answersFromOutside() == 0 ? ""
                : " " + getTranslation("seminar.class.from-outside", room.answersFromOutside());
        return answered + waiting + outside;
    }

    private void renderStarred(List<StarredAnswer> candidates, CohortOnScreen onScreen) {
        starred.removeAll();
        if (candidates.isEmpty()) {
            starred.add(new Paragraph(getTranslation("seminar.class.none-starred")));
            return;
        }
        for (StarredAnswer answer : candidates) {
            boolean isOn = onScreen.broughtIn() != null && onScreen.broughtIn().responseId() == answer.responseId();
            Paragraph text = new Paragraph();
            if (answer.point() > 0) {
                Span point = new Span(ChoiceLabels.point(answer.point()));
                point.addClassName("starred-point");
                text.add(point);
            }
            text.add(new Text(answer.text()));
            text.addClassName("starred-text");
            Button toggle = new Button(getTranslation(isOn ? "seminar.class.take-off" : "seminar.class.bring-in"),
                    click -> act(() -> {
                        if (isOn) {
                            classSessions.takeDownStarred(sessionId);
                        } else {
                            classSessions.bringIn(sessionId, answer.responseId());
                        }
                    }));
            toggle.setId("bring-in-" + answer.responseId());
            if (!isOn) {
                toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Div card = new Div(text, toggle);
            card.addClassName("starred-answer");
            if (isOn) {
                card.addClassName("on-screen");
            }
            starred.add(card);
        }
    }

    private void toggleMap() {
        act(() -> {
            if (map.isReadOnly()) {
                classSessions.hideMap(sessionId);
            } else if (map.getValue() != null) {
                classSessions.showMap(sessionId, map.getValue().promptKey());
            }
        });
    }

    private void act(Runnable action) {
        action.run();
        show(sessionId);
    }
}
