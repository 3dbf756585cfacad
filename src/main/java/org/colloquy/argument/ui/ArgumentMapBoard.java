package org.colloquy.argument.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.argument.Side;
import org.colloquy.content.Course;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.content.ui.ProseView;
import org.springframework.modulith.NamedInterface;

/**
 * A class's argument map to look at, not to edit: the claim, its passage, and the reasons for and against. Shows
 * authors only if the map carries them ({@link ArgumentMap#withoutAuthors()} for the room's screen).
 */
@NamedInterface("ui")
public class ArgumentMapBoard extends Div {

    private final PassagePanel passage;

    public ArgumentMapBoard(ArgumentMap map, Course course) {
        addClassName("argument-map-board");
        ProseView claim = new ProseView(map.step().claim(), course.reading());
        claim.addClassName("claim");
        passage = new PassagePanel(course.reading(), map.step().cites());
        add(claim, passage);
        Div columns = new Div();
        columns.addClassName("argument-map");
        for (Side side : Side.values()) {
            Div column = new Div(new H2(getTranslation("argument.side-count", getTranslation(SideTexts.key(side)),
                    map.side(side).size())));
            column.addClassName("argument-side");
            map.side(side).forEach(reason -> column.add(new ReasonCard(reason, course)));
            if (map.side(side).isEmpty()) {
                column.add(new Paragraph(getTranslation("argument.no-reasons")));
            }
            columns.add(column);
        }
        add(columns);
    }

    /** Folds the passage away (it stays one click or key press from view), so the reasons fit on one screen. */
    public ArgumentMapBoard withPassageClosed() {
        passage.setOpen(false);
        return this;
    }
}
