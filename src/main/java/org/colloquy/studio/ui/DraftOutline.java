package org.colloquy.studio.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.CheckStep;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.Course;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;
import org.colloquy.content.StepText;

/** A drafted course, read only: its lessons' titles and their steps; or the problems that keep it from a course. */
final class DraftOutline extends Div {

    DraftOutline() {
        setId("studio-outline");
        addClassName("studio-outline");
    }

    void show(Course course) {
        removeAll();
        add(new Paragraph(getTranslation("studio.outline.summary", course.lessons().size())));
        for (Lesson lesson : course.lessons()) {
            H3 title = PlainText.set(new H3(), lesson.title());
            OrderedList steps = new OrderedList();
            lesson.steps().forEach(step -> steps.add(PlainText.set(new ListItem(),
                    getTranslation("studio.outline.step", kind(step), firstLine(step)))));
            Div item = new Div(title, steps);
            item.addClassName("studio-outline-lesson");
            add(item);
        }
    }

    void showProblems(String heading, List<ContentProblem> problems) {
        removeAll();
        Paragraph summary = new Paragraph(heading);
        summary.getElement().setAttribute("role", "alert");
        Pre list = new Pre(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        list.addClassName("content-problems");
        add(summary, list);
    }

    private static String firstLine(Step step) {
        String words = step instanceof ReadStep read ? read.title() : StepText.question(step).plainText();
        return words.strip().lines().findFirst().orElse("");
    }

    private String kind(Step step) {
        return switch (step) {
            case ReadStep read -> getTranslation("studio.outline.kind.read");
            case CheckStep check -> getTranslation("studio.outline.kind.check");
            case RespondStep respond -> getTranslation("studio.outline.kind.respond");
            case PositionStep position -> getTranslation("studio.outline.kind.position");
            case DiscussStep discuss -> getTranslation("studio.outline.kind.discuss");
            case ArgueStep argue -> getTranslation("studio.outline.kind.argue");
        };
    }
}
