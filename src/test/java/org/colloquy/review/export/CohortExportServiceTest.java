package org.colloquy.review.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.colloquy.review.CriterionScore;
import org.colloquy.review.FeedbackDetail;
import org.colloquy.review.FeedbackState;
import org.colloquy.review.ReviewService;
import java.util.Arrays;

@IntegrationTest
class CohortExportServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    CohortExportService exports;

    ExportFixture fixture;

    @BeforeEach
    void twoClasses() {
        fixture = ExportFixture.create(accounts, cohorts, answers, classWork, reviews);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_csv_export_has_one_row_per_answer_with_exactly_what_was_stored() {
        accounts.signIn(fixture.instructorA());

        String csv = export(ExportFormat.CSV);
        List<List<String>> records = CsvRecords.parse(csv);
        List<Map<String, String>> rows = CsvRecords.withHeader(csv);

        assertThat(records.getFirst()).isEqualTo(CsvExportWriter.HEADER);
        List<StudentAnswer> stored = classWork.responses(fixture.cohortA().id());
        assertThat(rows).hasSize(stored.size());
        for (StudentAnswer response : stored) {
            UserRef student = studentOf(response);
            Map<String, String> row = rowFor(rows, student.username(), response.promptKey());
            FeedbackDetail feedback = reviews.feedback(fixture.cohortA().id(), response.responseId());
            assertThat(row.get("student")).isEqualTo(defused(student.displayName()));
            assertThat(row.get("cohort")).isEqualTo(ExportFixture.CLASS_A_NAME);
            assertThat(row.get("course")).isEqualTo(ExportFixture.COURSE);
            assertThat(row.get("lesson key")).isEqualTo("three-stages");
            assertThat(row.get("lesson title")).isEqualTo("Three stages of domestic transition");
            assertThat(row.get("step kind")).isEqualTo(response.kind());
            assertThat(row.get("content version")).isEqualTo(response.contentVersion());
            assertThat(row.get("text")).isEqualTo(defused(response.body()));
            assertThat(row.get("word count")).isEqualTo(Integer.toString(response.wordCount()));
            assertThat(row.get("submitted at")).isEqualTo(response.submittedAt() == null ? ""
                    : response.submittedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            assertThat(row.get("status")).isEqualTo(response.isSubmitted() ? "submitted" : "draft");
            assertThat(row.get("submissions")).isEqualTo(Integer.toString(response.submissionCount()));
            assertThat(row.get("choice")).isEqualTo(response.choice() == null ? "" : response.choice());
            assertThat(row.get("rubric scores")).isEqualTo(feedback.scores().stream()
                    .map(score -> score.criterionKey() + "=" + score.score()).collect(Collectors.joining("; ")));
            assertThat(row.get("feedback comment")).isEqualTo(feedback.comment());
            assertThat(row.get("feedback released")).isEqualTo(Boolean.toString(feedback.state() == FeedbackState.RELEASED));
        }
    }

    @Test
    void the_json_export_carries_the_same_answers_character_for_character() {
        accounts.signIn(fixture.instructorA());

        JsonNode rows = JSON.readTree(export(ExportFormat.JSON));

        List<StudentAnswer> stored = classWork.responses(fixture.cohortA().id());
        assertThat(rows.size()).isEqualTo(stored.size());
        for (StudentAnswer response : stored) {
            UserRef student = studentOf(response);
            JsonNode row = jsonRowFor(rows, student.username(), response.promptKey());
            FeedbackDetail feedback = reviews.feedback(fixture.cohortA().id(), response.responseId());
            assertThat(row.path("student").asString()).isEqualTo(student.displayName());
            assertThat(row.path("cohort").asString()).isEqualTo(ExportFixture.CLASS_A_NAME);
            assertThat(row.path("text").asString()).isEqualTo(response.body());
            assertThat(row.path("wordCount").asInt()).isEqualTo(response.wordCount());
            assertThat(row.path("stepKind").asString()).isEqualTo(response.kind());
            assertThat(row.path("contentVersion").asString()).isEqualTo(response.contentVersion());
            assertThat(row.path("status").asString()).isEqualTo(response.isSubmitted() ? "submitted" : "draft");
            if (response.submittedAt() == null) {
                assertThat(row.path("submittedAt").isNull()).isTrue();
            } else {
                assertThat(row.path("submittedAt").asString())
                        .isEqualTo(response.submittedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            }
            if (response.choice() == null) {
                assertThat(row.path("choice").isNull()).isTrue();
            } else {
                assertThat(row.path("choice").asString()).isEqualTo(response.choice());
            }
            List<CriterionScore> scores = new ArrayList<>();
            row.path("rubricScores").forEach(score -> scores.add(new CriterionScore(score.path("criterion").asString(),
                    score.path("score").asInt(), score.path("comment").asString())));
            assertThat(scores).isEqualTo(feedback.scores());
            assertThat(row.path("feedbackComment").asString()).isEqualTo(feedback.comment());
            assertThat(row.path("feedbackReleased").asBoolean()).isEqualTo(feedback.state() == FeedbackState.RELEASED);
        }
    }

    @Test
    void rows_come_student_by_student_in_the_order_of_the_course() {
        accounts.signIn(fixture.instructorA());

        List<String> order = CsvRecords.withHeader(export(ExportFormat.CSV)).stream()
                .map(row -> row.get("username") + " " + row.get("prompt key")).toList();

        String adam = fixture.adam().username();
        String zoe = fixture.zoe().username();
        assertThat(order).containsExactly(
                adam + " " + ExportFixture.POSITION_BEFORE, adam + " " + ExportFixture.RESPOND,
                zoe + " " + ExportFixture.POSITION_BEFORE, zoe + " " + ExportFixture.CHECK,
                zoe + " " + ExportFixture.RESPOND, zoe + " " + ExportFixture.DISCUSS,
                zoe + " " + ExportFixture.POSITION_AFTER);
    }

    @Test
    void rubric_scores_are_exported_in_the_rubrics_order_with_their_total_out_of_the_most_it_gives() {
        accounts.signIn(fixture.instructorA());

        List<Map<String, String>> rows = CsvRecords.withHeader(export(ExportFormat.CSV));
        Map<String, String> zoe = rowFor(rows, fixture.zoe().username(), ExportFixture.RESPOND);
        Map<String, String> adam = rowFor(rows, fixture.adam().username(), ExportFixture.RESPOND);
        Map<String, String> unscored = rowFor(rows, fixture.zoe().username(), ExportFixture.CHECK);

        assertThat(zoe.get("rubric scores")).isEqualTo("reading=2; analysis=1");
        assertThat(List.of(zoe.get("rubric total"), zoe.get("rubric maximum"))).containsExactly("3", "4");
        assertThat(List.of(adam.get("rubric total"), adam.get("rubric maximum"))).containsExactly("0", "4");
        assertThat(List.of(unscored.get("rubric total"), unscored.get("rubric maximum"))).containsExactly("", "");
        JsonNode json = jsonRowFor(JSON.readTree(export(ExportFormat.JSON)), fixture.zoe().username(),
                ExportFixture.RESPOND);
        assertThat(json.path("rubricScores").get(0).path("criterion").asString()).isEqualTo("reading");
        assertThat(json.path("rubricTotal").asInt()).isEqualTo(3);
        assertThat(json.path("rubricMaximum").asInt()).isEqualTo(4);
    }

    @Test
    void position_rows_carry_the_students_position_before_and_after_the_lesson() {
        accounts.signIn(fixture.instructorA());

        List<Map<String, String>> rows = CsvRecords.withHeader(export(ExportFormat.CSV));

        for (String promptKey : List.of(ExportFixture.POSITION_BEFORE, ExportFixture.POSITION_AFTER)) {
            Map<String, String> row = rowFor(rows, fixture.zoe().username(), promptKey);
            assertThat(row.get("position before")).isEqualTo("Agree");
            assertThat(row.get("position after")).isEqualTo("Disagree");
        }
        Map<String, String> adamBefore = rowFor(rows, fixture.adam().username(), ExportFixture.POSITION_BEFORE);
        assertThat(adamBefore.get("position before")).isEqualTo("Unsure");
        assertThat(adamBefore.get("position after")).isEmpty();
        assertThat(rowFor(rows, fixture.zoe().username(), ExportFixture.RESPOND).get("position before")).isEmpty();
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused_in_csv_and_kept_as_written_in_json() {
        accounts.signIn(fixture.instructorA());

        Map<String, String> csvRow = rowFor(CsvRecords.withHeader(export(ExportFormat.CSV)),
                fixture.zoe().username(), ExportFixture.POSITION_BEFORE);
        JsonNode jsonRow = jsonRowFor(JSON.readTree(export(ExportFormat.JSON)), fixture.zoe().username(),
                ExportFixture.POSITION_BEFORE);

        assertThat(csvRow.get("text")).isEqualTo("'" + ExportFixture.FORMULA_REASON);
        assertThat(jsonRow.path("text").asString()).isEqualTo(ExportFixture.FORMULA_REASON);
        assertThat(rowFor(CsvRecords.withHeader(export(ExportFormat.CSV)), fixture.zoe().username(),
                ExportFixture.DISCUSS).get("text")).isEqualTo("'" + ExportFixture.DRAFT);
    }

    @Test
    void the_csv_is_utf8_with_crlf_between_rows_and_no_byte_order_mark_unless_asked_for() {
        accounts.signIn(fixture.instructorA());

        byte[] bytes = exportBytes(ExportFormat.CSV);

        assertThat(bytes).startsWith("student,".getBytes(StandardCharsets.UTF_8));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("中俄关系的第三阶段").contains("🤝🏽").contains("🇨🇳🇷🇺");
        assertThat(text.substring(0, text.indexOf("\r\n"))).isEqualTo(String.join(",", CsvExportWriter.HEADER));
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void the_json_holds_chinese_and_emoji_as_utf8_text_not_escapes_and_has_no_byte_order_mark() {
        accounts.signIn(fixture.instructorA());

        byte[] bytes = exportBytes(ExportFormat.JSON);

        assertThat(bytes[0]).isEqualTo((byte) '[');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("中俄关系的第三阶段").contains("🤝🏽").doesNotContain("\\u4e2d");
    }

    @Test
    void the_csv_for_spreadsheet_programs_starts_with_the_utf8_byte_order_mark_and_holds_the_same_rows() {
        accounts.signIn(fixture.instructorA());

        byte[] plain = exportBytes(ExportFormat.CSV);
        byte[] forSpreadsheets = exportBytes(ExportFormat.CSV_FOR_SPREADSHEETS);

        assertThat(forSpreadsheets).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(forSpreadsheets, 3, forSpreadsheets.length)).isEqualTo(plain);
        assertThat(new String(forSpreadsheets, StandardCharsets.UTF_8)).contains("中俄关系的第三阶段");
    }

    @Test
    void another_instructors_class_is_not_in_the_export() {
        accounts.signIn(fixture.instructorA());

        String csv = export(ExportFormat.CSV);
        String json = export(ExportFormat.JSON);

        assertThat(csv).doesNotContain("secret").doesNotContain(fixture.bea().username());
        assertThat(json).doesNotContain("secret").doesNotContain(fixture.bea().username());
    }

    @Test
    void the_instructor_of_class_b_gets_nothing_of_class_a() {
        accounts.signIn(fixture.instructorB());

        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> exports.write(fixture.cohortA().id(), format, out))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(out.size()).as("bytes written before the refusal").isZero();
            assertThatThrownBy(() -> exports.fileName(fixture.cohortA().id(), format))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_student_cannot_export_even_their_own_class() {
        accounts.signIn(fixture.zoe());

        assertThatThrownBy(() -> exports.write(fixture.cohortA().id(), ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_class_without_students_exports_a_header_or_an_empty_array() {
        accounts.signIn(fixture.instructorA());
        long empty = cohorts.createCohort(ExportFixture.COURSE, "Empty class").id();

        assertThat(CsvRecords.parse(new String(exportBytes(empty, ExportFormat.CSV), StandardCharsets.UTF_8)))
                .containsExactly(CsvExportWriter.HEADER);
        assertThat(JSON.readTree(exportBytes(empty, ExportFormat.JSON)).isArray()).isTrue();
        assertThat(JSON.readTree(exportBytes(empty, ExportFormat.JSON)).size()).isZero();
    }

    @Test
    void the_file_is_named_after_the_class_and_the_day() {
        accounts.signIn(fixture.instructorA());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(exports.fileName(fixture.cohortA().id(), ExportFormat.CSV))
                .isEqualTo("colloquy-class-a-evenings-" + today + ".csv");
        assertThat(exports.fileName(fixture.cohortA().id(), ExportFormat.JSON))
                .isEqualTo("colloquy-class-a-evenings-" + today + ".json");
    }

    private String export(ExportFormat format) {
        return new String(exportBytes(format), StandardCharsets.UTF_8);
    }

    private byte[] exportBytes(ExportFormat format) {
        return exportBytes(fixture.cohortA().id(), format);
    }

    private byte[] exportBytes(long cohortId, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(cohortId, format, out);
        return out.toByteArray();
    }

    private UserRef studentOf(StudentAnswer response) {
        return List.of(fixture.zoe(), fixture.adam()).stream().filter(student -> student.id() == response.userId())
                .findFirst().orElseThrow();
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Map<String, String> rowFor(List<Map<String, String>> rows, String username, String promptKey) {
        return rows.stream()
                .filter(row -> row.get("username").equals(username) && row.get("prompt key").equals(promptKey))
                .collect(Collectors.collectingAndThen(Collectors.toList(), found -> {
                    assertThat(found).as(username + " " + promptKey).hasSize(1);
                    return found.getFirst();
                }));
    }

    private static JsonNode jsonRowFor(JsonNode rows, String username, String promptKey) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(row -> {
            if (row.path("username").asString().equals(username) && row.path("promptKey").asString().equals(promptKey)) {
                found.add(row);
            }
        });
        assertThat(found).as(username + " " + promptKey).hasSize(1);
        return found.getFirst();
    }
}
