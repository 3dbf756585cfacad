package org.colloquy.review.ui;

import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.identity.UserRef;
import org.colloquy.cohort.ui.RosterImportPanel;
import org.colloquy.cohort.ui.TeachingTeamPanel;
import org.colloquy.identity.OutgoingMail;
import org.colloquy.cohort.CohortInvitationService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Lesson;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.CohortOverview;
import org.colloquy.review.CohortOverviewService;
import org.colloquy.review.export.ExportFormat;
import org.colloquy.review.ReviewService;
import org.colloquy.seminar.results.LiveResultsService;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.PromptKey;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.argument.ui.ArgumentPages;
import org.colloquy.discussion.ui.DiscussionPages;
import org.colloquy.cohort.ui.CohortPages;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.schedule.ui.LatenessPanel;
import org.colloquy.schedule.ui.SchedulePanel;

/** A cohort at a glance: students × lessons, answers per prompt, who has stalled, what came in lately. */
@Route(CohortPages.CLASS_PAGE)
@RolesAllowed("INSTRUCTOR")
class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortOverviewService overviews;
    private final ReviewService reviews;
    private final RosterImportService roster;
    private final CohortInvitationService invitations;
    private final CohortService cohorts;
    private final CohortExportService exports;
    private final LiveResultsService liveResults;
    private final OutgoingMail mail;
    private final ScheduleService schedules;
    /**
     * vaadin-tabs 25.2 gives its inner scroller {@code tabindex="-1"}, which makes it a focusable child of the tab list
     * that is not a tab (axe: aria-required-children, WCAG 1.3.1). The tabs stay reachable with Tab and the arrow keys.
     */
    private static final String UNFOCUSABLE_TAB_SCROLLER = """
            const tabs = this.querySelector('vaadin-tabs');
            customElements.whenDefined('vaadin-tabs').then(() => tabs.updateComplete).then(() =>
                tabs.shadowRoot.querySelector('[part="tabs"]').removeAttribute('tabindex'));""";

    private final Div matrixSlot = new Div();
    private String title = "";

    CohortView(CohortOverviewService overviews, ReviewService reviews, RosterImportService roster,
               CohortInvitationService invitations, CohortService cohorts, CohortExportService exports,
               LiveResultsService liveResults, OutgoingMail mail, ScheduleService schedules) {
        this.mail = mail;
        this.schedules = schedules;
        this.invitations = invitations;
        this.cohorts = cohorts;
        this.liveResults = liveResults;
        this.exports = exports;
        this.overviews = overviews;
        this.reviews = reviews;
        this.roster = roster;
        setId("main-content");
        addClassNames("page", "cohort-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = CohortIds.from(event);
        CohortOverview overview;
        try {
            overview = overviews.overview(cohortId);
        } catch (AccessDeniedException notYours) {
            throw PageNotFound.because(t("review.no-such-class", String.valueOf(cohortId)));
        }
        title = t("review.cohort.page-title", overview.cohort().name());
        removeAll();
        add(new Anchor(ReviewPages.classes(), t("review.cohort.back")));
        add(new H1(overview.cohort().name()));
        Paragraph join = new Paragraph(t("review.cohort.join", overview.cohort().joinCode()));
        join.addClassName("join-info");
        matrixSlot.removeAll();
        matrixSlot.add(matrix(overview));
        add(join, actions(overview), tabs(overview, CohortTab.fromId(
                event.getLocation().getQueryParameters().getSingleParameter(CohortTab.PARAMETER).orElse(""))));
    }

    /** Each part of the page on its own tab; the open tab is in the address, so a reload or a link keeps it. */
    private TabSheet tabs(CohortOverview overview, CohortTab open) {
        long cohortId = overview.cohort().id();
        TabSheet tabs = new TabSheet();
        tabs.setId("class-tabs");
        tabs.setWidthFull();
        tabs.getElement().setAttribute("aria-label", t("review.cohort.tabs-label"));
        Map<Tab, CohortTab> parts = new LinkedHashMap<>();
        parts.put(tabs.add(t("review.cohort.tab.progress"), matrixSlot), CohortTab.PROGRESS);
        parts.put(tabs.add(t("review.cohort.tab.prompts"), prompts(overview)), CohortTab.PROMPTS);
        parts.put(tabs.add(t("review.cohort.tab.attention"), new Div(needsAttention(overview), lateWork(overview),
                recent(overview))), CohortTab.ATTENTION);
        parts.put(tabs.add(t("review.cohort.tab.live"),
                new LiveSessionsSection(cohortId, liveResults.sessionsOf(cohortId))), CohortTab.LIVE);
        parts.put(tabs.add(t("review.cohort.tab.people"), new Div(addStudents(overview), new TeachingTeamPanel(cohorts, mail, overview.cohort().id()))),
                CohortTab.PEOPLE);
        parts.put(tabs.add(t("review.cohort.tab.export"), exports(overview)), CohortTab.EXPORT);
        parts.put(tabs.add(t("review.cohort.tab.schedule"), new SchedulePanel(schedules, cohortId)), CohortTab.SCHEDULE);
        parts.forEach((tab, part) -> {
            tab.setId("tab-" + part.id());
            if (part == open) {
                tabs.setSelectedTab(tab);
            }
        });
        tabs.getElement().executeJs(UNFOCUSABLE_TAB_SCROLLER);
        tabs.addSelectedChangeListener(change -> {
            CohortTab part = parts.get(change.getSelectedTab());
            if (part != null) {
                getUI().ifPresent(ui -> ui.getPage().getHistory()
                        .replaceState(null, ReviewPages.cohort(cohortId, part)));
            }
        });
        return tabs;
    }

    private Div exports(CohortOverview overview) {
        long cohortId = overview.cohort().id();
        Div links = new Div();
        links.addClassName("actions");
        for (ExportFormat format : ExportFormat.values()) {
            DownloadHandler download = event -> {
                event.setFileName(exports.fileName(cohortId, format));
                event.setContentType(format.contentType());
                try (OutputStream out = event.getOutputStream()) {
                    exports.write(cohortId, format, out);
                }
            };
            Anchor link = new Anchor(download, t("review.cohort.export." + format.id()));
            link.setId("export-" + format.id());
            link.addClassName("secondary-link");
            links.add(link);
        }
        Div section = new Div(new H2(t("review.cohort.export")), new Paragraph(t("review.cohort.export-intro")), links);
        section.addClassName("dashboard-section");
        return section;
    }

    private Div actions(CohortOverview overview) {
        Button releaseAll = new Button(t("review.cohort.release-all"), click -> {
            int told = reviews.releaseAll(overview.cohort().id());
            click.getSource().setText(told == 0 ? t("review.queue.none-waiting") : t("review.cohort.released-to", told));
        });
        releaseAll.setId("release-all");
        Anchor gradebook = new Anchor(CohortPages.gradebook(overview.cohort().id()), t("review.cohort.gradebook"));
        gradebook.setId("gradebook-link");
        gradebook.addClassName("secondary-link");
        Div actions = new Div(releaseAll, gradebook);
        actions.addClassName("actions");
        return actions;
    }

    private Div addStudents(CohortOverview overview) {
        RosterImportPanel panel = new RosterImportPanel(roster, invitations, mail, overview.cohort().id());
        panel.addImportedListener(imported -> {
            matrixSlot.removeAll();
            matrixSlot.add(matrix(overviews.overview(overview.cohort().id())));
        });
        Div section = new Div(new H2(t("review.cohort.roster")), panel);
        section.addClassName("dashboard-section");
        return section;
    }

    private static Div matrix(CohortOverview overview) {
        Grid<CohortOverview.StudentRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(overview.students().size() <= 40);
        grid.addColumn(row -> ReviewTexts.name(row.student())).setHeader(t("review.queue.student")).setFrozen(true).setAutoWidth(true)
                .setSortable(true);
        int number = 1;
        for (Lesson lesson : overview.course().lessons()) {
            grid.addColumn(row -> label(row.status(lesson.key())))
                    .setHeader(t("review.cohort.lesson-column", number++))
                    .setTooltipGenerator(row -> lesson.title())
                    .setPartNameGenerator(row -> "status-" + row.status(lesson.key()).name().toLowerCase(Locale.ROOT))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setAutoWidth(true);
        }
        grid.setItems(overview.students());
        grid.setId("progress-matrix");
        grid.getElement().setAttribute("aria-label", t("review.cohort.matrix-label"));
        Div legend = new Div();
        legend.addClassName("legend");
        int n = 1;
        for (Lesson lesson : overview.course().lessons()) {
            Anchor results = new Anchor(ReviewPages.lessonInsights(overview.cohort().id(), lesson.key()),
                    t("review.cohort.lesson-link", n++, lesson.title()));
            results.getElement().setAttribute("title", t("review.cohort.lesson-results"));
            legend.add(results);
        }
        legend.add(new Anchor(ReviewPages.passages(overview.cohort().id()), t("review.cohort.passages")));
        Anchor heatMap = new Anchor(ContentPages.readingWithHeatMap(overview.cohort().courseKey(), overview.cohort().id()),
                t("review.cohort.heat-map"));
        heatMap.addClassName("heat-map-link");
        legend.add(heatMap);
        for (Lesson lesson : overview.course().lessons()) {
            lesson.steps().stream().filter(ArgueStep.class::isInstance).forEach(step -> {
                Anchor map = new Anchor(ArgumentPages.classMap(overview.cohort().id(), PromptKey.of(lesson, step).toString()),
                        t("review.cohort.argument-map", lesson.title()));
                map.addClassName("argument-map-link");
                legend.add(map);
            });
        }
        Div section = new Div(new H2(t("review.cohort.matrix")), grid, legend);
        section.addClassName("dashboard-section");
        if (overview.students().isEmpty()) {
            section.add(new Paragraph(t("review.cohort.no-students")));
        }
        return section;
    }

    private static String label(LessonStatus status) {
        return switch (status) {
            case NOT_STARTED -> "–";
            case IN_PROGRESS -> t("review.cohort.in-progress");
            case DONE -> t("review.cohort.done");
        };
    }

    private static Div prompts(CohortOverview overview) {
        Grid<CohortOverview.PromptCount> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        overview.course().lessons().forEach(lesson -> lessons.put(lesson.key(), lesson));
        List<String> lessonKeys = List.copyOf(lessons.keySet());
        grid.addColumn(count -> t("review.cohort.lesson-column", lessonKeys.indexOf(count.lessonKey()) + 1))
                .setHeader(t("review.cohort.lesson"))
                .setTooltipGenerator(count -> lessons.containsKey(count.lessonKey())
                        ? lessons.get(count.lessonKey()).title() : count.lessonKey())
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CohortOverview.PromptCount::prompt).setHeader(t("review.cohort.prompt")).setWidth("20rem")
                .setFlexGrow(1);
        grid.addColumn(CohortOverview.PromptCount::submitted).setHeader(t("review.cohort.submitted")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CohortOverview.PromptCount::draftOnly).setHeader(t("review.cohort.drafts")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(count -> {
            Anchor review = new Anchor(ReviewPages.reviewQueue(overview.cohort().id(), count.promptKey()),
                    t("review.cohort.review"));
            review.getElement().setAttribute("aria-label", t("review.cohort.review-label", count.prompt()));
            boolean discussion = overview.course().step(count.promptKey())
                    .filter(DiscussStep.class::isInstance).isPresent();
            if (!discussion) {
                review.addClassName("prompt-actions");
                return review;
            }
            Anchor moderate = new Anchor(DiscussionPages.moderation(overview.cohort().id(), count.promptKey()),
                    t("review.cohort.discussion"));
            moderate.getElement().setAttribute("aria-label", t("review.cohort.discussion-label", count.prompt()));
            Span both = new Span(review, new Span(" · "), moderate);
            both.addClassName("prompt-actions");
            return both;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(overview.prompts());
        grid.setId("prompt-counts");
        Div section = new Div(new H2(t("review.cohort.per-prompt")), grid);
        section.addClassName("dashboard-section");
        return section;
    }

    private LatenessPanel lateWork(CohortOverview overview) {
        Map<Long, String> names = new LinkedHashMap<>();
        overview.students().forEach(row -> names.put(row.student().id(), row.student().displayName()));
        Map<String, String> titles = new LinkedHashMap<>();
        overview.course().lessons().forEach(lesson -> titles.put(lesson.key(), lesson.title()));
        return new LatenessPanel(schedules.lateness(overview.cohort().id()), names, titles);
    }

    private static Div needsAttention(CohortOverview overview) {
        Div section = new Div(new H2(t("review.cohort.nudge")));
        section.addClassName("dashboard-section");
        section.add(names(t("review.cohort.not-started"), overview.notStarted()));
        section.add(names(t("review.cohort.stalled"), overview.stalled()));
        return section;
    }

    private static Div names(String heading, List<UserRef> people) {
        Div block = new Div(new Span(t("review.cohort.names", heading, people.size())));
        block.addClassName("attention-list");
        UnorderedList list = new UnorderedList();
        people.forEach(person -> list.add(new ListItem(ReviewTexts.name(person))));
        block.add(list);
        return block;
    }

    private static Div recent(CohortOverview overview) {
        Div section = new Div(new H2(t("review.cohort.recent")));
        section.addClassName("dashboard-section");
        if (overview.recent().isEmpty()) {
            section.add(new Paragraph(t("review.cohort.nothing-submitted")));
        }
        UnorderedList list = new UnorderedList();
        for (CohortOverview.RecentSubmission submission : overview.recent()) {
            list.add(new ListItem(ReviewTexts.name(submission.student()) + " · " + submission.prompt() + " · "
                    + TimeDisplay.dateTime(submission.submittedAt())));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
