package org.colloquy.review.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.colloquy.base.CsvField;
import org.colloquy.content.Rubric;
import org.colloquy.review.CriterionScore;

/**
 * Export rows as RFC 4180 CSV in UTF-8: on request a byte order mark (so that spreadsheet programs read non-Latin
 * text correctly), a header row, CRLF between rows, and fields quoted when they hold a comma, a quote or a line break. A text field
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet
 * shows it as text instead of running it as a formula (CSV injection).
 */
final class CsvExportWriter implements ExportWriter {

    static final List<String> HEADER = List.of("student", "username", "cohort", "course", "lesson key", "lesson title",
            "prompt key", "step kind", "content version", "text", "word count", "submitted at", "status", "submissions",
            "choice", "position before", "position after", "rubric scores", "rubric total", "rubric maximum",
            "rubric comments", "feedback comment",
            "feedback released", "due at", "late", "live session started at");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BUFFER_CHARS = 1 << 16;

    private final Writer out;

    private CsvExportWriter(Writer out) {
        this.out = out;
    }

    static CsvExportWriter start(OutputStream stream, boolean byteOrderMark) {
        CsvExportWriter writer = new CsvExportWriter(
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER_CHARS));
        if (byteOrderMark) {
            writer.append(String.valueOf(BYTE_ORDER_MARK));
        }
        writer.record(HEADER);
        return writer;
    }

    @Override
    public void write(ExportRow row) {
        record(List.of(row.student(), row.username(), row.cohort(), row.courseKey(), row.lessonKey(), row.lessonTitle(),
                row.promptKey(), row.stepKind(), row.contentVersion(), row.text(), Integer.toString(row.wordCount()),
                time(row.submittedAt()), row.status(), Integer.toString(row.submissions()), orEmpty(row.choice()),
                orEmpty(row.positionBefore()), orEmpty(row.positionAfter()), scores(row.scores()),
                total(row, Rubric.Total::points), total(row, Rubric.Total::max),
                scoreComments(row.scores()), row.feedbackComment(), Boolean.toString(row.feedbackReleased()),
                time(row.dueAt()), Boolean.toString(row.late()), time(row.liveSessionStartedAt())));
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field as it appears in the file: defused if it could be read as a formula, quoted if it needs to be. */
    static String field(String value) {
        return CsvField.of(value);
    }

    /** Rubric scores as {@code criterion=score; criterion=score}. */
    static String scores(List<CriterionScore> scores) {
        return scores.stream().map(score -> score.criterionKey() + "=" + score.score())
                .collect(Collectors.joining("; "));
    }

    /** The comments on single criteria, one {@code criterion: comment} per line. */
    static String scoreComments(List<CriterionScore> scores) {
        return scores.stream().filter(score -> !score.comment().isBlank())
                .map(score -> score.criterionKey() + ": " + score.comment())
                .collect(Collectors.joining("\n"));
    }

    private void record(List<String> values) {
        append(values.stream().map(CsvExportWriter::field).collect(Collectors.joining(",", "", "\r\n")));
    }

    private void append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String total(ExportRow row, ToIntFunction<Rubric.Total> part) {
        Rubric.Total total = row.rubricTotal();
        return total == null ? "" : Integer.toString(part.applyAsInt(total));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
