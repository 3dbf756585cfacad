package org.colloquy.lesson.ui;

import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.PlainText;
import org.colloquy.content.Lesson;
import org.colloquy.content.ReadStep;
import org.colloquy.content.Step;
import org.colloquy.content.ui.ContentLanguage;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.lesson.AnswerService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.lesson.LessonPreviewService;
import org.colloquy.lesson.LessonState;
import org.colloquy.lesson.PositionShift;
import org.colloquy.lesson.StudentLessonService;
import org.colloquy.lesson.UnknownLessonException;
import java.util.ArrayList;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.colloquy.content.CourseCatalog;
import java.time.Instant;
import org.colloquy.schedule.DueDates;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.schedule.ui.DueLabels;

/**
 * The lesson player: one step at a time, the cited passage beside it (on a phone folded above it), resuming where the
 * student left off. Someone who is not a student (an instructor, an admin) gets a preview: the same steps, from the
 * first, with nothing kept.
 */
@Route("course/:courseKey/lesson/:lessonKey")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * On a phone the passage would push the question a screen or more down: there it is folded to its one-line
     * summary above the task, and opens in place (the same width as styles.css's one-column lesson layout).
     */
    private static final String FOLD_ON_A_NARROW_SCREEN = """
            if (window.matchMedia('(max-width: 52rem)').matches) {
              this.open = false;
            }""";

    private final StudentLessonService lessons;
    private final LessonPreviewService previews;
    private final AnswerService studentAnswers;
    private final AuthenticationContext authentication;
    private StepAnswers answers;
    private boolean preview;
    private @Nullable Long studioDraft;
    private List<CohortRef> classesTaught = List.of();
    private final ArgumentMapService arguments;
    private String username = "";
    private final H1 title = new H1();
    private final Span stepCounter = new Span();
    private final StepDots stepIndicator = new StepDots();
    private final Div stepArea = new Div();
    private final Div passageArea = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Div dueArea = new Div();
    private final Div layout = new Div(stepArea, passageArea);
    private final Div nav = new Div(back, next);
    private final ScheduleService schedules;
    private final Clock clock;
    private final CourseCatalog catalog;
    private @Nullable String waitingTitle;
    private LessonState state;
    private int index;

    LessonView(StudentLessonService lessons, AnswerService answers, LessonPreviewService previews,
               ArgumentMapService arguments, AuthenticationContext authentication, ScheduleService schedules,
               Clock clock, CourseCatalog catalog) {
        this.catalog = catalog;
        this.schedules = schedules;
        this.clock = clock;
        this.lessons = lessons;
        this.previews = previews;
        this.studentAnswers = answers;
        this.authentication = authentication;
        this.answers = new PreviewAnswers(previews);
        this.arguments = arguments;
        setId("main-content");
        addClassNames("page", "lesson-view");
        stepIndicator.setAccessibleName(getTranslation("lesson.player.steps"));
        PlainText.set(back, getTranslation("lesson.player.back"));
        PlainText.set(next, getTranslation("lesson.player.next"));

        stepCounter.addClassName("step-counter");
        // the focus stays on Next when the step changes; the new step's name is read out from here
        stepCounter.getElement().setAttribute("aria-live", "polite");
        stepIndicator.onPick(number -> show(number - 1));
        stepArea.addClassName("step-area");
        passageArea.addClassName("passage-area");
        layout.addClassName("lesson-layout");
        dueArea.addClassName("due-area");

        back.setId("step-back");
        back.addClickListener(click -> show(index - 1));
        next.setId("step-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> forward());
        nav.addClassName("step-nav");
        add(title, dueArea, stepCounter, stepIndicator, layout, nav);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // asked at each entry: Vaadin keeps this view for the next navigation to it in the same tab
        studioDraft = studioDraft(event);
        preview = studioDraft != null || !authentication.hasRole("STUDENT");
        answers = preview ? new PreviewAnswers(previews, studioDraft) : new StudentAnswers(studentAnswers);
        username = authentication.getPrincipalName().orElse("anonymous");
        String courseKey = event.getRouteParameters().get("courseKey").orElse("");
        String lessonKey = event.getRouteParameters().get("lessonKey").orElse("");
        DueDates dates = preview ? null : schedules.myDates(courseKey).get(lessonKey);
        Instant now = clock.instant();
        dueArea.removeAll();
        waitingTitle = null;
        boolean notOpen = dates != null && dates.notOpenYet(now);
        stepCounter.setVisible(!notOpen);
        stepIndicator.setVisible(!notOpen);
        layout.setVisible(!notOpen);
        nav.setVisible(!notOpen);
        if (notOpen) {
            // before its opening the lesson is not started: nothing is stored, the student is told when to come back
            catalog.course(courseKey).flatMap(course -> course.lesson(lessonKey).map(lesson -> {
                ContentLanguage.mark(PlainText.set(title, lesson.title()), course);
                waitingTitle = lesson.title();
                return lesson;
            })).orElseThrow(() -> PageNotFound.because(getTranslation("schedule.refused.not-open-yet")));
            DueLabels.notice(dates, now).ifPresent(dueArea::add);
            dueArea.add(new Anchor(LessonPages.course(courseKey), getTranslation("schedule.lesson.back")));
            return;
        }
        try {
            state = studioDraft != null ? previews.openFromStudio(studioDraft, lessonKey)
                    : preview ? previews.open(courseKey, lessonKey) : lessons.open(courseKey, lessonKey);
        } catch (UnknownLessonException unknown) {
            throw PageNotFound.because(Translated.reason(unknown));
        }
        ContentLanguage.mark(PlainText.set(title, state.lesson().title()), state.course());
        if (!state.completed() || (dates != null && dates.isClosed(now))) {
            // a lesson she finished is not late any more for her: only a close is worth saying then
            DueLabels.badge(dates, now).ifPresent(dueArea::add);
            DueLabels.notice(dates, now).ifPresent(dueArea::add);
        }
        Anchor toCourse = PlainText.set(new Anchor(backAddress(), ""), "← " + state.course().title());
        ContentLanguage.mark(toCourse, state.course());
        toCourse.addClassName("breadcrumb");
        addComponentAsFirst(toCourse);
        addComponentAtIndex(4, objectives(state));
        if (preview) {
            classesTaught = studioDraft != null ? List.of() : previews.classesTeaching(courseKey);
            addComponentAtIndex(1, new PreviewBanner(studioDraft != null));
        }
        render(state.currentStepIndex());
    }

    /** One paragraph, one objective a line, built when unfolded, because this sits in every student's session. */
    private NativeDetails objectives(LessonState lessonState) {
        Lesson lesson = lessonState.lesson();
        NativeDetails details = new NativeDetails();
        PlainText.set(details.getSummary(), getTranslation("lesson.player.objectives"));
        details.addToggleListener(toggle -> {
            if (toggle.isOpened() && details.getContent() == null) {
                Paragraph list = PlainText.set(new Paragraph(),
                        String.join("\n", lesson.objectives().stream().map(o -> "• " + o).toList()));
                list.addClassName("objective-lines");
                ContentLanguage.mark(list, lessonState.course());
                details.setContent(list);
            }
        });
        details.addClassName("objectives");
        return details;
    }

    private void forward() {
        if (!preview && steps().get(index) instanceof ReadStep read && !state.isDone(read)) {
            lessons.markRead(state.course().key(), state.lesson().key(), read.key());
            markDone();
        }
        if (index == steps().size() - 1) {
            finish();
        } else {
            show(index + 1);
        }
    }

    private void show(int newIndex) {
        if (newIndex < 0 || newIndex >= steps().size() || newIndex == index) {
            return;
        }
        if (!preview) {
            lessons.moveTo(state.course().key(), state.lesson().key(), steps().get(newIndex).key());
            state = lessons.open(state.course().key(), state.lesson().key());
        }
        render(newIndex);
    }

    private void render(int newIndex) {
        index = newIndex;
        Step step = steps().get(index);
        PlainText.set(stepCounter, getTranslation("lesson.player.step-counter", index + 1, steps().size(),
                StepPanels.kindLabel(step)));
        renderIndicator();
        stepArea.removeAll();
        stepArea.add(StepPanels.create(step, new StepContext(state, answers, arguments, username,
                preview ? () -> { } : this::markDone, classesTaught)));
        passageArea.removeAll();
        if (!step.cites().isEmpty()) {
            PassagePanel passage = new PassagePanel(state.course().reading(), step.cites());
            passage.getElement().executeJs(FOLD_ON_A_NARROW_SCREEN);
            passageArea.add(ContentLanguage.mark(passage, state.course()));
        }
        passageArea.setVisible(!step.cites().isEmpty());
        back.setEnabled(index > 0);
        PlainText.set(next, getTranslation(index == steps().size() - 1 ? "lesson.player.finish" : "lesson.player.next"));
    }

    private void markDone() {
        state = lessons.open(state.course().key(), state.lesson().key());
        renderIndicator();
    }

    private void renderIndicator() {
        List<Step> steps = steps();
        List<String> labels = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boolean isDone = state.isDone(steps.get(i));
            labels.add(getTranslation(isDone ? "lesson.player.step-label-done" : "lesson.player.step-label", i + 1,
                    StepPanels.kindLabel(steps.get(i))));
            if (isDone) {
                done.add(i + 1);
            }
        }
        stepIndicator.show(labels, index + 1, done);
    }

    private void finish() {
        if (!preview) {
            lessons.complete(state.course().key(), state.lesson().key());
        }
        stepArea.removeAll();
        passageArea.setVisible(false);
        Div summary = new Div();
        summary.addClassNames("step-panel", "lesson-summary");
        H2 done = new H2(getTranslation("lesson.player.complete"));
        summary.add(done);
        List<PositionShift> shifts = preview ? List.of()
                : lessons.positionShifts(state.course().key(), state.lesson().key());
        if (shifts.isEmpty()) {
            summary.add(new Paragraph(getTranslation(preview ? "lesson.preview.no-shift" : "lesson.player.no-shift")));
        }
        for (PositionShift shift : shifts) {
            Div box = new Div();
            box.addClassName("position-shift");
            Paragraph claim = ContentLanguage.mark(new Paragraph(getTranslation("lesson.player.claim", shift.claim())),
                    state.course());
            claim.addClassName("claim");
            Paragraph moved = new Paragraph(Translated.text(shift.summary()));
            moved.addClassName("shift-summary");
            box.add(claim, moved,
                    reason(getTranslation("lesson.player.at-start"), shift.beforeReason()),
                    reason(getTranslation("lesson.player.at-end"), shift.afterReason()));
            summary.add(box);
        }
        Anchor myWork = new Anchor(LessonPages.myWork(), getTranslation("lesson.player.see-all-work"));
        Anchor course = new Anchor(backAddress(), getTranslation(studioDraft != null
                ? "lesson.preview.back-to-draft" : "lesson.player.back-to-course"));
        Div links = preview ? new Div(course) : new Div(course, myWork);
        links.addClassName("actions");
        summary.add(links);
        stepArea.add(summary);
        PlainText.set(stepCounter, getTranslation("lesson.player.complete"));
        next.setEnabled(false);
        back.setEnabled(true);
        index = steps().size();
        // the focused Finish button is now disabled: the focus goes to the summary, and Tab goes on from there
        done.getElement().setAttribute("tabindex", "-1");
        done.getElement().callJsFunction("focus");
    }

    private Paragraph reason(String when, String reason) {
        Paragraph paragraph = new Paragraph();
        Span label = new Span(getTranslation("lesson.player.reason-label", when));
        label.addClassName("reason-label");
        paragraph.add(label, new Span(reason));
        return paragraph;
    }

    /**
     * The studio draft this lesson is read from (decision 0042), or null for a lesson of a served course. The draft
     * preview's page says which; here, on a course's own address, there is none.
     */
    @Nullable Long studioDraft(BeforeEnterEvent event) {
        return null;
    }

    /** Where the breadcrumb and the last step lead: the course's home, or the draft a preview was opened from. */
    private String backAddress() {
        return studioDraft != null ? LessonPages.studioDraft(studioDraft) : LessonPages.course(state.course().key());
    }

    private List<Step> steps() {
        return state.lesson().steps();
    }

    @Override
    public String getPageTitle() {
        if (waitingTitle != null) {
            return getTranslation("base.page-title", waitingTitle);
        }
        return state == null ? getTranslation("lesson.player.page-title-unknown")
                : getTranslation("base.page-title", state.lesson().title());
    }
}
