package org.colloquy.review.export;

import java.io.OutputStream;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import org.colloquy.content.Rubric;
import org.colloquy.review.CriterionScore;

/**
 * Export rows as one JSON array of objects, written as they come with Jackson's streaming generator. Fields are
 * those of the CSV; rubric scores are an array of {@code {criterion, score, comment}} in the rubric's order, absent values are null.
 */
final class JsonExportWriter implements ExportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;

    private JsonExportWriter(JsonGenerator json) {
        this.json = json;
    }

    static JsonExportWriter start(OutputStream out) {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
        return new JsonExportWriter(json);
    }

    @Override
    public void write(ExportRow row) {
        json.writeStartObject();
        json.writeStringProperty("student", row.student());
        json.writeStringProperty("username", row.username());
        json.writeStringProperty("cohort", row.cohort());
        json.writeStringProperty("course", row.courseKey());
        json.writeStringProperty("lessonKey", row.lessonKey());
        json.writeStringProperty("lessonTitle", row.lessonTitle());
        json.writeStringProperty("promptKey", row.promptKey());
        json.writeStringProperty("stepKind", row.stepKind());
        json.writeStringProperty("contentVersion", row.contentVersion());
        json.writeStringProperty("text", row.text());
        json.writeNumberProperty("wordCount", row.wordCount());
        writeNullable("submittedAt", time(row.submittedAt()));
        json.writeStringProperty("status", row.status());
        json.writeNumberProperty("submissions", row.submissions());
        writeNullable("choice", row.choice());
        writeNullable("positionBefore", row.positionBefore());
        writeNullable("positionAfter", row.positionAfter());
        json.writeArrayPropertyStart("rubricScores");
        for (CriterionScore score : row.scores()) {
            json.writeStartObject();
            json.writeStringProperty("criterion", score.criterionKey());
            json.writeNumberProperty("score", score.score());
            json.writeStringProperty("comment", score.comment());
            json.writeEndObject();
        }
        json.writeEndArray();
        Rubric.Total total = row.rubricTotal();
        if (total == null) {
            json.writeNullProperty("rubricTotal");
            json.writeNullProperty("rubricMaximum");
        } else {
            json.writeNumberProperty("rubricTotal", total.points());
            json.writeNumberProperty("rubricMaximum", total.max());
        }
        json.writeStringProperty("feedbackComment", row.feedbackComment());
        json.writeBooleanProperty("feedbackReleased", row.feedbackReleased());
        writeNullable("dueAt", time(row.dueAt()));
        json.writeBooleanProperty("late", row.late());
        writeNullable("liveSessionStartedAt", time(row.liveSessionStartedAt()));
        json.writeEndObject();
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.close();
    }

    private void writeNullable(String name, @Nullable String value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, value);
        }
    }

    private static @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
