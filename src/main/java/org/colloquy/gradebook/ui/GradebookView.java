package org.colloquy.gradebook.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.colloquy.base.SearchText;
import org.colloquy.base.ui.PageNotFound;
import org.colloquy.cohort.ui.CohortPages;
import org.colloquy.gradebook.Gradebook;
import org.colloquy.gradebook.GradebookColumn;
import org.colloquy.gradebook.GradebookFormat;
import org.colloquy.gradebook.GradebookRow;
import org.colloquy.gradebook.GradebookService;
import org.colloquy.gradebook.LessonColumn;
import org.colloquy.review.BlindNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A class's gradebook: one row per student, per lesson her points (checks right plus rubric points; drafted rubric
 * scores marked), her total, and the class total. Search by name, one lesson in detail, the review queue's anonymous
 * switch, every column sortable; downloads for Moodle's and Canvas's gradebook imports.
 */
@Route(CohortPages.GRADEBOOK)
@RolesAllowed("INSTRUCTOR")
class GradebookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GradebookService gradebooks;
    private final Grid<GradebookRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Optional<LessonColumn>> lessonChoice = new Select<>();
    private final Checkbox anonymous = new Checkbox();
    private final Span shown = new Span();
    private @Nullable Gradebook gradebook;
    /** While the page is built on entry: the choices' listeners leave the grid alone, built once at the end. */
    private boolean entering;
    private BlindNumbers blindNumbers = BlindNumbers.of(List.of());
    private String title = "";

    GradebookView(GradebookService gradebooks) {
        this.gradebooks = gradebooks;
        setId("main-content");
        addClassNames("page", "gradebook-view");
        grid.setId("gradebook");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        search.setId("gradebook-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            if (!entering) {
                showRows();
            }
        });
        lessonChoice.setId("gradebook-lesson");
        lessonChoice.addClassName("gradebook-lesson-choice");
        lessonChoice.addValueChangeListener(change -> {
            if (!entering) {
                showColumns();
            }
        });
        anonymous.setId("gradebook-anonymous");
        anonymous.addValueChangeListener(change -> {
            search.setEnabled(!change.getValue());
            if (!entering) {
                showColumns();
            }
        });
        shown.addClassName("queue-count");
        shown.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = cohortId(event);
        try {
            gradebook = gradebooks.gradebook(cohortId);
        } catch (AccessDeniedException notYours) {
            throw PageNotFound.because(t("gradebook.no-such-class", String.valueOf(cohortId)));
        }
        blindNumbers = BlindNumbers.of(gradebook().rows().stream().map(GradebookRow::student).toList());
        title = t("gradebook.page-title", gradebook().cohort().name());
        entering = true;
        removeAll();
        add(new Anchor(CohortPages.classPage(cohortId), t("gradebook.back", gradebook().cohort().name())));
        add(new H1(t("gradebook.heading", gradebook().cohort().name())));
        Paragraph intro = new Paragraph(t("gradebook.intro"));
        intro.addClassName("gradebook-intro");
        add(intro);
        search.setLabel(t("gradebook.search"));
        search.clear();
        lessonChoice.setLabel(t("gradebook.lesson"));
        List<Optional<LessonColumn>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        gradebook().lessons().forEach(lesson -> choices.add(Optional.of(lesson)));
        lessonChoice.setItems(choices);
        lessonChoice.setItemLabelGenerator(choice -> choice.map(lesson -> t("gradebook.lesson-name", lesson.number(),
                lesson.title())).orElse(t("gradebook.all-lessons")));
        lessonChoice.setValue(Optional.empty());
        anonymous.setLabel(t("gradebook.anonymous"));
        anonymous.setValue(false);
        search.setEnabled(true);
        Div controls = new Div(search, lessonChoice, anonymous, shown);
        controls.addClassName("review-controls");
        add(controls);
        grid.getElement().setAttribute("aria-label", t("gradebook.grid-label"));
        add(grid);
        Paragraph classTotal = new Paragraph(t("gradebook.class-total", GradebookTexts.total(gradebook().classTotal()),
                gradebook().rows().size()));
        classTotal.setId("gradebook-class-total");
        classTotal.addClassName("gradebook-class-total");
        add(classTotal, downloads(cohortId));
        entering = false;
        showColumns();
    }

    private Div downloads(long cohortId) {
        Div links = new Div();
        links.addClassName("actions");
        for (GradebookFormat format : GradebookFormat.values()) {
            DownloadHandler download = event -> {
                event.setFileName(gradebooks.fileName(cohortId, format));
                event.setContentType(GradebookFormat.CONTENT_TYPE);
                try (OutputStream out = event.getOutputStream()) {
                    gradebooks.write(cohortId, format, out);
                }
            };
            Anchor link = new Anchor(download, t("gradebook.download." + format.id()));
            link.setId("gradebook-download-" + format.id());
            link.addClassName("secondary-link");
            links.add(link);
        }
        Div section = new Div(new H2(t("gradebook.downloads")), new Paragraph(t("gradebook.downloads-intro")),
                new Paragraph(t("gradebook.late-intro")), links);
        section.addClassName("dashboard-section");
        return section;
    }

    /** The columns for the lesson chosen: every lesson's points, or one lesson's facts in detail. */
    private void showColumns() {
        if (gradebook == null) {
            return;
        }
        grid.removeAllColumns();
        Grid.Column<GradebookRow> name = grid.addColumn(this::nameOf).setHeader(t("gradebook.student"))
                .setKey("student").setFrozen(true).setAutoWidth(true).setSortable(true)
                .setComparator(anonymous.getValue()
                        ? Comparator.comparingInt(row -> blindNumbers.of(row.student()))
                        : Comparator.comparing(this::nameOf, String.CASE_INSENSITIVE_ORDER));
        Optional<LessonColumn> chosen = Optional.ofNullable(lessonChoice.getValue()).flatMap(choice -> choice);
        if (chosen.isPresent()) {
            LessonColumn lesson = chosen.get();
            for (GradebookColumn column : GradebookColumn.values()) {
                grid.addColumn(row -> GradebookTexts.value(column, row.lesson(lesson.key())))
                        .setHeader(GradebookTexts.header(column)).setKey(column.name().toLowerCase(java.util.Locale.ROOT))
                        .setAutoWidth(true).setSortable(true)
                        .setComparator(Comparator.comparingInt(row -> sortKey(column, row, lesson)));
            }
        } else {
            for (LessonColumn lesson : gradebook().lessons()) {
                grid.addColumn(row -> GradebookTexts.points(row.lesson(lesson.key())))
                        .setHeader(t("gradebook.lesson-column", lesson.number()))
                        .setKey("lesson-" + lesson.number())
                        .setTooltipGenerator(row -> lesson.title())
                        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                        .setComparator(Comparator.comparingInt(row -> row.lesson(lesson.key()).points().points()));
            }
            grid.addColumn(row -> GradebookTexts.total(row.total())).setHeader(t("gradebook.total"))
                    .setKey("total").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                    .setComparator(Comparator.comparingInt(row -> row.total().points()));
            grid.addColumn(row -> GradebookTexts.lateCount(row.lateCount())).setHeader(t("gradebook.late-work"))
                    .setKey("late-work").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                    .setComparator(Comparator.comparingLong(GradebookRow::lateCount));
        }
        grid.sort(List.of(new GridSortOrder<>(name, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        showRows();
    }

    private static int sortKey(GradebookColumn column, GradebookRow row, LessonColumn lesson) {
        var cell = row.lesson(lesson.key());
        return switch (column) {
            case COMPLETION -> cell.completion().ordinal();
            case CHECKS -> cell.checksCorrect();
            case RUBRIC -> cell.rubricPoints() == null ? -1 : cell.rubricPoints();
            case LIVE -> cell.liveAnswers();
            case LATE -> cell.late() ? 1 : 0;
            case POINTS -> cell.points().points();
        };
    }

    /** The students whose name matches the search; names are not searched while they are hidden. */
    private void showRows() {
        String needle = anonymous.getValue() ? "" : SearchText.folded(search.getValue().strip());
        List<GradebookRow> rows = gradebook().rows().stream()
                .filter(row -> needle.isEmpty() || SearchText.contains(row.student().displayName(), needle))
                .toList();
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 40);
        shown.setText(t("gradebook.shown", rows.size(), gradebook().rows().size()));
    }

    private String nameOf(GradebookRow row) {
        return anonymous.getValue() ? t("gradebook.anonymous-student", blindNumbers.of(row.student()))
                : row.student().displayName();
    }

    private Gradebook gradebook() {
        return Objects.requireNonNull(gradebook);
    }

    private static long cohortId(BeforeEnterEvent event) {
        String value = event.getRouteParameters().get("cohortId").orElse("");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw PageNotFound.because(t("gradebook.no-such-class", value));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
