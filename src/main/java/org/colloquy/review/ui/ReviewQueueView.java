package org.colloquy.review.ui;

import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.content.Step;
import org.colloquy.content.ui.PassagePanel;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.QueueEntry;
import org.colloquy.review.QueueFilter;
import org.colloquy.review.ReviewQueue;
import org.colloquy.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Objects;

/**
 * The grading queue for one prompt: the cited passage on top, every student's answer in a list to filter,
 * search and sort, and one answer open at a time with its history and the feedback form. Alt+N and Alt+P
 * move to the next and previous answer.
 */
@Route("classes/:cohortId/review/:lessonKey/:stepKey")
@RolesAllowed("INSTRUCTOR")
class ReviewQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final ReviewService reviews;
    private final CohortWorkService classWork;
    private final CourseCatalog catalog;
    private final Grid<QueueEntry> list = new Grid<>();
    private final Div detail = new Div();
    private final Checkbox anonymous = new Checkbox();
    private final Button release = new Button();
    private final Span shown = new Span();
    private QueueFilter filter = QueueFilter.ALL;
    private List<QueueEntry> visible = List.of();
    private ReviewQueue queue = ReviewQueue.of(List.of());
    private @Nullable CohortRef cohort;
    private @Nullable Course course;
    private @Nullable Step step;
    private String promptKey = "";
    private String title = "";

    ReviewQueueView(CohortService cohorts, ReviewService reviews, CohortWorkService classWork, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.classWork = classWork;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "review-view");
        // listeners on the parts this view keeps: Vaadin reuses the view from one prompt to the next in a tab, and
        // build() runs at each entry
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setId("review-list");
        list.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue());
            }
        });
        anonymous.addValueChangeListener(event -> {
            list.getDataProvider().refreshAll();
            list.asSingleSelect().getOptionalValue().ifPresent(this::open);
        });
        release.setId("release-prompt");
        release.addClickListener(click -> {
            int told = reviews.release(cohort().id(), promptKey);
            reload();
            shown.setText(told == 0 ? t("review.queue.nothing-to-release") : t("review.queue.released-to", told));
        });
        detail.addClassName("review-detail");
        detail.setId("review-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = CohortIds.from(event);
        String lessonKey = event.getRouteParameters().get("lessonKey").orElse("");
        String stepKey = event.getRouteParameters().get("stepKey").orElse("");
        try {
            cohort = cohorts.requireTeaching(cohortId);
        } catch (AccessDeniedException notYours) {
            throw PageNotFound.because(t("review.no-such-class", String.valueOf(cohortId)));
        }
        course = catalog.require(cohort.courseKey());
        Lesson lesson = course.lesson(lessonKey).orElseThrow(NotFoundException::new);
        step = lesson.step(stepKey).orElseThrow(NotFoundException::new);
        promptKey = PromptKey.of(lesson, step).toString();
        title = t("review.queue.page-title", lesson.title());
        build(lesson);
        reload();
    }

    private void build(Lesson lesson) {
        removeAll();
        anonymous.setLabel(t("review.queue.anonymous"));
        add(new Anchor(ReviewPages.cohort(cohort().id()), "← " + cohort().name()));
        add(new H1(t("review.queue.heading", lesson.title())));
        Div prompt = new Div(ReviewPanels.prompt(step(), course().reading()));
        prompt.addClassName("review-prompt");
        add(prompt);
        if (!step().cites().isEmpty()) {
            add(new PassagePanel(course().reading(), step().cites()));
        }
        add(controls());
        list.removeAllColumns();
        list.addColumn(this::nameOf).setHeader(t("review.queue.student")).setAutoWidth(true);
        list.addColumn(entry -> ReviewTexts.of(entry.status())).setHeader(t("review.queue.answer")).setAutoWidth(true);
        list.addColumn(entry -> entry.response() == null ? "" : String.valueOf(entry.response().wordCount()))
                .setHeader(t("review.queue.words")).setAutoWidth(true);
        list.addColumn(entry -> ReviewTexts.of(entry.feedback()) + (entry.starred() ? " ★" : "")).setHeader(t("review.queue.feedback"))
                .setAutoWidth(true);
        list.addColumn(entry -> entry.live().isEmpty() ? "" : t("review.queue.live-count", entry.live().size()))
                .setHeader(t("review.queue.live")).setKey("live").setAutoWidth(true);
        if (step() instanceof RespondStep respond && respond.rubric() != null) {
            list.addColumn(ReviewQueueView::totalOf).setHeader(t("review.queue.score")).setKey("score")
                    .setAutoWidth(true);
        }
        list.getElement().setAttribute("aria-label", t("review.queue.list-label"));
        Div layout = new Div(list, detail);
        layout.addClassName("review-layout");
        add(layout);
    }

    private Div controls() {
        Select<QueueFilter.Show> show = new Select<>();
        show.setLabel(t("review.queue.show"));
        show.setItems(QueueFilter.Show.values());
        show.setItemLabelGenerator(ReviewTexts::of);
        show.setValue(QueueFilter.Show.ALL);
        show.addValueChangeListener(event -> applyFilter(filter.withShow(event.getValue())));
        TextField search = new TextField(t("review.queue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> applyFilter(filter.withSearch(event.getValue())));
        Select<QueueFilter.Order> order = new Select<>();
        order.setLabel(t("review.queue.sort"));
        order.setItems(QueueFilter.Order.values());
        order.setItemLabelGenerator(ReviewTexts::of);
        order.setValue(QueueFilter.Order.NEWEST_FIRST);
        order.addValueChangeListener(event -> applyFilter(filter.withOrder(event.getValue())));
        shown.addClassName("queue-count");
        shown.getElement().setAttribute("role", "status");
        Div controls = new Div(show, search, order, anonymous, release, shown);
        controls.addClassName("review-controls");
        return controls;
    }

    private void applyFilter(QueueFilter newFilter) {
        filter = newFilter;
        visible = filter.apply(queue.entries(), anonymous.getValue());
        list.setItems(visible);
        shown.setText(t("review.queue.shown", visible.size(), queue.entries().size()));
    }

    private void reload() {
        queue = ReviewQueue.of(reviews.queue(cohort().id(), promptKey));
        long waiting = queue.waitingDrafts();
        release.setText(waiting == 0 ? t("review.queue.none-waiting") : t("review.queue.release", waiting));
        release.setEnabled(waiting > 0);
        Long selected = list.asSingleSelect().getOptionalValue().map(entry -> entry.student().id()).orElse(null);
        applyFilter(filter);
        if (selected != null) {
            visible.stream().filter(entry -> entry.student().id() == selected).findFirst()
                    .ifPresent(list.asSingleSelect()::setValue);
        }
    }

    private void open(QueueEntry entry) {
        detail.removeAll();
        int index = visible.indexOf(entry);
        Button previous = new Button(t("review.queue.previous"), click -> move(-1));
        previous.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        previous.setTooltipText("Alt+P"); // not interface text: a key name
        previous.setEnabled(index > 0);
        previous.setId("review-previous");
        Button next = new Button(t("review.queue.next"), click -> move(1));
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        next.setTooltipText("Alt+N"); // not interface text: a key name
        next.setEnabled(index >= 0 && index < visible.size() - 1);
        next.setId("review-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div nav = new Div(previous, new Span(t("review.queue.position", index + 1, visible.size())), next);
        nav.addClassName("review-nav");
        detail.add(nav);
        detail.add(new AnswerReviewPanel(entry, nameOf(entry), step() instanceof RespondStep respond ? respond.rubric() : null,
                reviews, classWork, cohort().id(), this::reload));
    }

    private static String totalOf(QueueEntry entry) {
        Rubric.Total total = entry.total();
        return total == null ? "" : t("review.queue.total", total.points(), total.max());
    }

    private void move(int delta) {
        QueueEntry current = list.asSingleSelect().getValue();
        int index = current == null ? -1 : visible.indexOf(current);
        int target = Math.max(0, Math.min(visible.size() - 1, index + delta));
        if (!visible.isEmpty()) {
            list.asSingleSelect().setValue(visible.get(target));
            list.scrollToIndex(target);
        }
    }

    private String nameOf(QueueEntry entry) {
        return anonymous.getValue()
                ? t("review.queue.anonymous-student", queue.blindNumber(entry.student()))
                : ReviewTexts.name(entry.student());
    }

    private CohortRef cohort() {
        return Objects.requireNonNull(cohort);
    }

    private Course course() {
        return Objects.requireNonNull(course);
    }

    private Step step() {
        return Objects.requireNonNull(step);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
