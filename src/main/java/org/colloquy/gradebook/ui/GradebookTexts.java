package org.colloquy.gradebook.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.colloquy.gradebook.GradebookColumn;
import org.colloquy.gradebook.LessonCell;
import org.colloquy.gradebook.Score;
import org.colloquy.lesson.LessonStatus;

/** The gradebook's figures in the reader's language: one method per column, so the page and its tests agree. */
final class GradebookTexts {

    /** A figure of a lesson the student has not started: nothing to count yet (a dash, not interface text). */
    private static final String NOTHING = "–";

    private GradebookTexts() {
    }

    static String header(GradebookColumn column) {
        return t("gradebook.column." + column.name().toLowerCase(Locale.ROOT));
    }

    static String value(GradebookColumn column, LessonCell cell) {
        return switch (column) {
            case COMPLETION -> completion(cell.completion());
            case CHECKS -> cell.lesson().checks() == 0 ? "" : cell.started() ? score(cell.checks()) : NOTHING;
            case RUBRIC -> rubric(cell);
            case LIVE -> cell.liveAnswers() == 0 ? "" : t("gradebook.live-answers", cell.liveAnswers());
            case LATE -> cell.late() ? t("gradebook.late") : "";
            case POINTS -> points(cell);
        };
    }

    /** A lesson in the overview: its points, marked when some rubric scores are drafts, or a dash if not started. */
    static String points(LessonCell cell) {
        if (!cell.started()) {
            return NOTHING;
        }
        String points = score(cell.points());
        points = cell.unreleased() ? t("gradebook.unreleased-mark", points) : points;
        return cell.late() ? t("gradebook.late-mark", points) : points;
    }

    /** How many of her lessons came late, or nothing when none did. */
    static String lateCount(long count) {
        return count == 0 ? "" : t("gradebook.late-count", count);
    }

    static String rubric(LessonCell cell) {
        Score rubric = cell.rubric();
        if (!cell.lesson().hasRubric()) {
            return "";
        }
        if (rubric == null) {
            return cell.started() ? t("gradebook.not-graded") : NOTHING;
        }
        return cell.unreleased() ? t("gradebook.unreleased-mark", score(rubric)) : score(rubric);
    }

    static String completion(LessonStatus status) {
        return t("gradebook.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String score(Score score) {
        return t("gradebook.score", score.points(), score.max());
    }

    static String total(Score score) {
        return t("gradebook.total-value", score.points(), score.max(), score.percent());
    }

    static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
