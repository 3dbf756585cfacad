package org.colloquy.review.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.colloquy.PostgresIntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.work.CohortWorkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.colloquy.review.ReviewService;

/** The export's own queries (feedback with scores, submissions counted per student, a person's courses) on PostgreSQL. */
@PostgresIntegrationTest
class ExportOnPostgresTest {

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
    @Autowired
    StudentDataExportService studentData;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_class_and_a_person_export_on_postgresql_as_on_h2() {
        ExportFixture fixture = ExportFixture.create(accounts, cohorts, answers, classWork, reviews);
        accounts.signIn(fixture.instructorA());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.write(fixture.cohortA().id(), ExportFormat.CSV, csv);
        List<Map<String, String>> rows = CsvRecords.withHeader(csv.toString(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(classWork.responses(fixture.cohortA().id()).size()).hasSize(7);
        assertThat(rows).filteredOn(row -> row.get("prompt key").equals(ExportFixture.RESPOND))
                .extracting(row -> row.get("submissions")).containsOnly("1");
        assertThat(rows).filteredOn(row -> row.get("feedback released").equals("true"))
                .singleElement().satisfies(row -> assertThat(row.get("rubric scores")).isEqualTo("reading=2; analysis=1"));

        accounts.signInNew("admin", Role.ADMIN);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        studentData.write(fixture.zoe().username(), ExportFormat.JSON, json);
        JsonNode zoe = JsonMapper.builder().build().readTree(json.toByteArray());
        assertThat(zoe.size()).isEqualTo(5);
    }
}
