package org.colloquy.seminar.screen.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.argument.ui.ArgumentMapBoard;
import org.colloquy.seminar.cohort.CohortOnScreen;
import org.colloquy.seminar.cohort.StarredAnswer;
import org.colloquy.seminar.session.ui.ChoiceLabels;
import java.util.Objects;

/**
 * The class's own work on the projector: a starred answer (text only, with the point of the scale for a position,
 * in the viewer's language) or the class's argument map.
 */
final class CohortScreen {

    private CohortScreen() {
    }

    static Section map(CohortOnScreen onScreen) {
        Section section = new Section(new H1(I18NProvider.translate("seminar.projector.class-map")),
                new ArgumentMapBoard(Objects.requireNonNull(onScreen.map()), onScreen.course())
                        .withPassageClosed());
        section.setId("projector-class-map");
        section.addClassName("projector-class-map");
        return section;
    }

    static Div broughtIn(StarredAnswer answer) {
        Paragraph label = new Paragraph(I18NProvider.translate("seminar.projector.from-written-answers"));
        label.addClassName("projector-number");
        Paragraph text = new Paragraph(answer.text());
        text.addClassName("projector-answer");
        Div card = new Div(label);
        if (answer.point() > 0) {
            Paragraph point = new Paragraph(ChoiceLabels.point(answer.point()));
            point.addClassName("projector-answer-point");
            card.add(point);
        }
        card.add(text);
        card.setId("projector-starred");
        card.addClassName("projector-starred");
        return card;
    }
}
