package org.colloquy.seminar.session.ui;

import org.colloquy.seminar.session.LiveSessionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import org.colloquy.base.i18n.Translated;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.cohort.CohortRef;
import org.colloquy.seminar.session.LessonToRun;
import org.colloquy.seminar.session.SessionSummary;

/**
 * Where a seminar leader starts a live session, for one of her classes or open to anyone with the code, on a
 * whole lesson or on prompts she picks from any lessons of the course, and finds the sessions still running.
 */
@Route("seminar")
@Menu(order = 3, title = "seminar.menu")
@RolesAllowed("SEMINAR_LEADER")
public class SeminarStartView extends Main implements HasDynamicTitle {

    private static final String WHOLE_LESSON = "whole-lesson";
    private static final String PICKED = "picked-prompts";

    private final LiveSessionService rooms;
    private final List<LessonToRun> allLessons;
    private final Select<CohortRef> cohort = new Select<>();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final Select<LessonToRun> lesson = new Select<>();
    private final Select<String> course = new Select<>();
    private final Map<String, String> courseTitles = new LinkedHashMap<>();
    private final PromptPicker picker = new PromptPicker();
    private final Paragraph message = new Paragraph();
    private String pickerCourse = "";

    SeminarStartView(LiveSessionService rooms) {
        this.rooms = rooms;
        setId("main-content");
        addClassNames("page", "seminar-start");
        allLessons = rooms.lessonsToRun();
        List<CohortRef> classes = rooms.classesToRunFor();
        cohort.setLabel(getTranslation("seminar.start.class"));
        cohort.setId("seminar-class");
        cohort.setItems(classes);
        cohort.setItemLabelGenerator(found -> found == null ? "" : found.name());
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption(getTranslation("seminar.start.no-class"));
        cohort.setHelperText(getTranslation(classes.isEmpty() ? "seminar.start.no-class-taught"
                : "seminar.start.class-helper"));
        cohort.setEnabled(!classes.isEmpty());
        if (!classes.isEmpty()) {
            cohort.setValue(classes.getFirst());
        }
        cohort.addValueChangeListener(event -> {
            lessonsForClass();
            showMode();
        });
        lesson.setLabel(getTranslation("seminar.start.lesson"));
        lesson.setId("seminar-lesson");
        lesson.setItemLabelGenerator(run -> getTranslation("seminar.start.lesson-label", run.courseTitle(),
                run.lessonTitle(), run.promptCount()));
        lesson.addValueChangeListener(event -> promptsForCourse());
        allLessons.forEach(candidate -> courseTitles.putIfAbsent(candidate.courseKey(), candidate.courseTitle()));
        course.setLabel(getTranslation("seminar.start.course"));
        course.setId("seminar-course");
        course.setItems(courseTitles.keySet());
        course.setItemLabelGenerator(courseTitles::get);
        if (!courseTitles.isEmpty()) {
            course.setValue(courseTitles.keySet().iterator().next());
        }
        course.addValueChangeListener(event -> promptsForCourse());
        mode.setId("seminar-mode");
        mode.setLabel(getTranslation("seminar.start.what-to-ask"));
        mode.setItems(WHOLE_LESSON, PICKED);
        mode.setItemLabelGenerator(choice -> getTranslation("seminar.start.mode." + choice));
        mode.setValue(WHOLE_LESSON);
        mode.addValueChangeListener(event -> showMode());
        picker.setId("seminar-picker");
        lessonsForClass();
        showMode();
        Button start = new Button(getTranslation("seminar.start.start"), click -> start());
        start.setId("start-seminar");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!allLessons.isEmpty());
        message.setId("seminar-start-message");
        message.addClassName("error");
        message.getElement().setAttribute("role", "status");
        Div form = new Div(new Paragraph(getTranslation("seminar.start.intro")), cohort, mode, lesson, course, picker, start, message);
        form.addClassNames("course-card", "seminar-start-form");
        add(new H1(getTranslation("seminar.start.heading")), form, new H2(getTranslation("seminar.start.running")),
                running(rooms.myOpenSessions()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.start.page-title");
    }

    /** A class follows one course: only that course's lessons and prompts are offered. */
    private void lessonsForClass() {
        CohortRef chosen = cohort.getValue();
        List<LessonToRun> lessons = allLessons.stream()
                .filter(candidate -> chosen == null || candidate.courseKey().equals(chosen.courseKey())).toList();
        lesson.setItems(lessons);
        if (!lessons.isEmpty()) {
            lesson.setValue(lessons.getFirst());
        }
        promptsForCourse();
    }

    private void promptsForCourse() {
        String courseKey = courseKey();
        if (!courseKey.isEmpty() && !courseKey.equals(pickerCourse)) {
            pickerCourse = courseKey;
            picker.setPrompts(rooms.promptsToPick(courseKey));
        }
    }

    private void showMode() {
        boolean whole = WHOLE_LESSON.equals(mode.getValue());
        lesson.setVisible(whole);
        course.setVisible(!whole && cohort.getValue() == null && courseTitles.size() > 1);
        picker.setVisible(!whole);
        promptsForCourse();
    }

    /** The class's course; otherwise the lesson's for a whole lesson, the chosen course for picked prompts. */
    private String courseKey() {
        CohortRef chosen = cohort.getValue();
        if (chosen != null) {
            return chosen.courseKey();
        }
        if (WHOLE_LESSON.equals(mode.getValue())) {
            return lesson.getValue() == null ? "" : lesson.getValue().courseKey();
        }
        return course.getValue() == null ? "" : course.getValue();
    }

    private void start() {
        CohortRef chosen = cohort.getValue();
        Long cohortId = chosen == null ? null : chosen.id();
        try {
            SessionSummary started = WHOLE_LESSON.equals(mode.getValue())
                    ? rooms.start(cohortId, lesson.getValue().courseKey(), lesson.getValue().lessonKey())
                    : rooms.startWithPrompts(cohortId, courseKey(), picker.pickedKeys());
            getUI().ifPresent(ui -> ui.navigate(SeminarPages.console(started.id())));
        } catch (IllegalArgumentException problem) {
            message.setText(Translated.reason(problem));
        }
    }

    private Div running(List<SessionSummary> sessions) {
        Div running = new Div();
        running.setId("running-sessions");
        if (sessions.isEmpty()) {
            running.add(new Paragraph(getTranslation("seminar.start.none-running")));
            return running;
        }
        UnorderedList list = new UnorderedList();
        for (SessionSummary session : sessions) {
            Anchor present = new Anchor(SeminarPages.console(session.id()), getTranslation("seminar.start.presenter"));
            Anchor project = new Anchor(SeminarPages.projector(session.id()), getTranslation("seminar.start.projector"),
                    AnchorTarget.BLANK);
            list.add(new ListItem(new Span(getTranslation("seminar.start.lesson-and-code", Translated.text(session.lessonTitle()),
                    session.joinCode()) + " · "),
                    present, new Span(" · "), project));
        }
        running.add(list);
        return running;
    }
}
