package org.colloquy.schedule.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquy.schedule.Lateness;
import org.springframework.modulith.NamedInterface;

/** Late and missing work of a class, lesson by lesson, for the class overview's "Needs attention" tab. */
@NamedInterface("ui")
public class LatenessPanel extends Div {

    /**
     * @param lateness what {@code ScheduleService.lateness} says of the class
     * @param names the class's students' names by id
     * @param lessonTitles the course's lessons' titles by key, in the course's order
     */
    public LatenessPanel(List<Lateness> lateness, Map<Long, String> names, Map<String, String> lessonTitles) {
        addClassNames("dashboard-section", "lateness-panel");
        setId("late-work");
        add(new H2(getTranslation("schedule.lateness.heading")));
        if (lateness.isEmpty()) {
            add(new Paragraph(getTranslation("schedule.lateness.no-dates")));
            return;
        }
        Map<String, List<Lateness>> byLesson = new LinkedHashMap<>();
        lessonTitles.keySet().forEach(key -> byLesson.put(key, new ArrayList<>()));
        lateness.forEach(one -> byLesson.computeIfAbsent(one.lessonKey(), key -> new ArrayList<>()).add(one));
        boolean any = false;
        for (Map.Entry<String, List<Lateness>> lesson : byLesson.entrySet()) {
            String late = names(lesson.getValue(), Lateness.Kind.LATE, names);
            String missing = names(lesson.getValue(), Lateness.Kind.MISSING, names);
            if (late.isEmpty() && missing.isEmpty()) {
                continue;
            }
            any = true;
            Div block = new Div(new H3(getTranslation("schedule.lateness.lesson",
                    lessonTitles.getOrDefault(lesson.getKey(), lesson.getKey()),
                    DueLabels.dateTime(lesson.getValue().getFirst().dueAt()))));
            block.addClassName("lateness-lesson");
            if (!late.isEmpty()) {
                block.add(line("schedule.lateness.late", count(lesson.getValue(), Lateness.Kind.LATE), late, "late"));
            }
            if (!missing.isEmpty()) {
                block.add(line("schedule.lateness.missing", count(lesson.getValue(), Lateness.Kind.MISSING), missing,
                        "missing"));
            }
            add(block);
        }
        if (!any) {
            add(new Paragraph(getTranslation("schedule.lateness.none")));
        }
    }

    private Paragraph line(String key, long count, String who, String kind) {
        Paragraph line = new Paragraph(getTranslation(key, count, who));
        line.addClassName("lateness-" + kind);
        return line;
    }

    private static long count(List<Lateness> ofLesson, Lateness.Kind kind) {
        return ofLesson.stream().filter(one -> one.kind() == kind).count();
    }

    private static String names(List<Lateness> ofLesson, Lateness.Kind kind, Map<Long, String> names) {
        return ofLesson.stream().filter(one -> one.kind() == kind)
                .map(one -> names.getOrDefault(one.studentId(), "?")).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
    }
}
