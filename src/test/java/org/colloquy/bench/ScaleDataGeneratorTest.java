package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.bench.ScaleDataGenerator.CohortSpec;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.review.export.CohortExportService;
import org.colloquy.review.CohortOverview;
import org.colloquy.review.CohortOverviewService;
import org.colloquy.review.export.ExportFormat;
import org.colloquy.review.FeedbackState;
import org.colloquy.review.QueueEntry;
import org.colloquy.review.AnswerStatus;
import org.colloquy.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The benchmark's generated classes are data the application reads like its own. */
@IntegrationTest
class ScaleDataGeneratorTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CohortOverviewService overviews;
    @Autowired
    ReviewService reviews;
    @Autowired
    CohortExportService exports;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void every_student_answers_every_prompt_and_the_dashboards_count_them_all() {
        Course course = catalog.require(GenerateScaleData.COURSE);
        UserRef instructor = accounts.create("scale-teacher", Role.INSTRUCTOR);
        var generator = new ScaleDataGenerator(jdbc, course, instructor.id(), "{noop}unused", Instant.now());

        GeneratedCohort cohort = generator.generate(CohortSpec.everyPrompt("Scale test", "SCALETEST1", 12));

        int prompts = ScaleDataGenerator.answerablePrompts(course).size();
        assertThat(cohort.answers()).isEqualTo(12 * prompts);
        accounts.signIn(instructor);
        CohortOverview overview = overviews.overview(cohort.id());
        assertThat(overview.students()).hasSize(12);
        assertThat(overview.prompts()).hasSize(prompts)
                .allSatisfy(count -> assertThat(count.submitted() + count.draftOnly()).isEqualTo(12));
        List<QueueEntry> queue = reviews.queue(cohort.id(), "three-stages/respond-balance");
        assertThat(queue).hasSize(12).noneMatch(entry -> entry.status() == AnswerStatus.NOT_STARTED);
        assertThat(jdbc.queryForObject("select count(*) from feedback where cohort_id = ?", Integer.class, cohort.id()))
                .isEqualTo(cohort.feedback());
        queue.stream().filter(entry -> entry.feedback() != FeedbackState.NONE).forEach(entry ->
                assertThat(reviews.feedback(cohort.id(), entry.response().responseId()).scores()).isNotEmpty());
    }

    @Test
    void an_export_class_has_exactly_the_answers_asked_for() {
        Course course = catalog.require(GenerateScaleData.COURSE);
        UserRef instructor = accounts.create("export-teacher", Role.INSTRUCTOR);
        var generator = new ScaleDataGenerator(jdbc, course, instructor.id(), "{noop}unused", Instant.now());

        GeneratedCohort cohort = generator.generate(CohortSpec.ofAnswers("Export test", "EXPTEST250", 250, course));

        accounts.signIn(instructor);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.write(cohort.id(), ExportFormat.CSV, csv);
        long rows = csv.toString(StandardCharsets.UTF_8).split("\r\n").length - 1;
        assertThat(cohort.answers()).isEqualTo(250);
        assertThat(rows).as("generated answers have no line breaks, so each row is one line").isEqualTo(250);
    }
}
