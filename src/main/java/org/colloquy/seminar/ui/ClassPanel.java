package org.colloquy.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import org.colloquy.argument.ui.ArgumentMapBoard;
import org.colloquy.seminar.ClassInRoom;
import org.colloquy.seminar.ClassOnScreen;
import org.colloquy.seminar.ClassSeminarService;
import org.colloquy.seminar.MapToShow;
import org.colloquy.seminar.StarredAnswer;

/**
 * The presenter's part for a session run for a class: who of the class has answered, the answers the class's
 * instructors starred in review for the prompt on screen (to bring onto the projector without a name), and the
 * class's argument maps. Its buttons are rebuilt only when what they act on changes, so a live update never
 * swallows a click.
 */
final class ClassPanel extends Section {

    private final ClassSeminarService classSessions;
    private final Paragraph roster = new Paragraph();
    private final Div starred = new Div();
    private final Select<MapToShow> map = new Select<>();
    private final Button showMap;
    private final Div mapPreview = new Div();
    private long sessionId = -1;
    private Object starredShown = "";

    ClassPanel(ClassSeminarService classSessions) {
        this.classSessions = classSessions;
        setId("class-panel");
        addClassName("class-panel");
        roster.setId("class-roster");
        roster.addClassName("class-roster");
        starred.setId("starred-answers");
        map.setId("class-map");
        map.setLabel("Class argument map");
        map.setItemLabelGenerator(MapToShow::label);
        showMap = new Button("Show the map on the projector", click -> toggleMap());
        showMap.setId("toggle-class-map");
        Div mapControls = new Div(map, showMap);
        mapControls.addClassName("class-map-controls");
        mapPreview.setId("class-map-preview");
        mapPreview.addClassName("class-map-preview");
        add(new H2("Your class"), roster, new H3("Starred in review"), starred, mapControls, mapPreview);
    }

    /** Re-reads the class's part of the session; hides itself for a session run for no class. */
    void show(long sessionId) {
        boolean newSession = this.sessionId != sessionId;
        this.sessionId = sessionId;
        ClassInRoom room = classSessions.classInRoom(sessionId).orElse(null);
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
        ClassOnScreen onScreen = classSessions.onScreen(sessionId);
        List<StarredAnswer> candidates = classSessions.starredForPromptOnScreen(sessionId);
        Object shown = List.of(candidates, Objects.toString(onScreen.broughtIn()));
        if (!shown.equals(starredShown)) {
            starredShown = shown;
            renderStarred(candidates, onScreen);
        }
        showMap.setText(onScreen.map() == null ? "Show the map on the projector" : "Take the map off the projector");
        map.setReadOnly(onScreen.map() != null);
        mapPreview.removeAll();
        if (onScreen.map() != null) {
            mapPreview.add(new Paragraph("On the projector now, without names:"),
                    new ArgumentMapBoard(onScreen.map(), onScreen.course()).withPassageClosed());
        }
    }

    private static String roster(ClassInRoom room) {
        String answered = room.answered().size() + " of " + room.students().size() + " students of "
                + room.cohortName() + " have answered.";
        String waiting = room.notYetAnswered().isEmpty() ? "" : " Not yet: " + String.join(", ",
                room.notYetAnswered().stream().map(ClassInRoom.Student::name).toList()) + ".";
        String outside = room.answersFromOutside() == 0 ? ""
                : " " + room.answersFromOutside() + (room.answersFromOutside() == 1 ? " answer comes" : " answers come")
                        + " from people outside the class.";
        return answered + waiting + outside;
    }

    private void renderStarred(List<StarredAnswer> candidates, ClassOnScreen onScreen) {
        starred.removeAll();
        if (candidates.isEmpty()) {
            starred.add(new Paragraph("No answer to this prompt is starred yet. Star answers in the review queue "
                    + "to bring them in here."));
            return;
        }
        for (StarredAnswer answer : candidates) {
            boolean isOn = onScreen.broughtIn() != null && onScreen.broughtIn().responseId() == answer.responseId();
            Paragraph text = new Paragraph(answer.text());
            text.addClassName("starred-text");
            Button toggle = new Button(isOn ? "Take it off the projector" : "Show on the projector, without the name",
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
