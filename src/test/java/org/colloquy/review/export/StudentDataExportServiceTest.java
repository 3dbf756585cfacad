package org.colloquy.review.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.colloquy.review.ReviewService;

@IntegrationTest
class StudentDataExportServiceTest {

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
    StudentDataExportService exports;
    @Autowired
    LiveSessionService rooms;
    @Autowired
    AudienceService audience;

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
    void an_admin_exports_everything_one_student_wrote_and_nothing_of_anyone_else() {
        accounts.signInNew("admin", Role.ADMIN);

        JsonNode rows = JSON.readTree(export(fixture.zoe().username(), ExportFormat.JSON));

        List<String> prompts = new ArrayList<>();
        rows.forEach(row -> {
            assertThat(row.path("username").asString()).isEqualTo(fixture.zoe().username());
            assertThat(row.path("student").asString()).isEqualTo(ExportFixture.ZOE_NAME);
            assertThat(row.path("cohort").asString()).isEqualTo(ExportFixture.CLASS_A_NAME);
            prompts.add(row.path("promptKey").asString());
        });
        assertThat(prompts).containsExactly(ExportFixture.POSITION_BEFORE, ExportFixture.CHECK, ExportFixture.RESPOND,
                ExportFixture.DISCUSS, ExportFixture.POSITION_AFTER);
        JsonNode respond = rows.get(2);
        assertThat(respond.path("text").asString()).isEqualTo(
                ExportFixture.TRICKY_ANSWER.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(respond.path("feedbackComment").asString()).isEqualTo(ExportFixture.FEEDBACK);
        assertThat(respond.path("feedbackReleased").asBoolean()).isTrue();
    }

    @Test
    void the_csv_of_a_student_has_the_same_rows_as_the_json() {
        accounts.signInNew("admin", Role.ADMIN);

        List<Map<String, String>> csv = CsvRecords.withHeader(export(fixture.adam().username(), ExportFormat.CSV));
        JsonNode json = JSON.readTree(export(fixture.adam().username(), ExportFormat.JSON));

        assertThat(csv).hasSize(2).hasSize(json.size());
        for (int i = 0; i < csv.size(); i++) {
            assertThat(csv.get(i).get("prompt key")).isEqualTo(json.get(i).path("promptKey").asString());
            assertThat(csv.get(i).get("text")).isEqualTo(json.get(i).path("text").asString());
        }
        assertThat(csv.get(1).get("feedback comment")).isEqualTo("Needs evidence.");
        assertThat(csv.get(1).get("feedback released")).isEqualTo("false");
    }

    @Test
    void finding_a_person_says_how_much_they_wrote() {
        accounts.signInNew("admin", Role.ADMIN);

        DataSubject subject = exports.find(fixture.zoe().username()).orElseThrow();

        assertThat(subject.person().id()).isEqualTo(fixture.zoe().id());
        assertThat(subject.answers()).isEqualTo(5);
        assertThat(subject.courseKeys()).containsExactly(ExportFixture.COURSE);
    }

    @Test
    void her_answers_in_live_sessions_are_in_her_data_even_in_a_class_she_is_not_in() {
        accounts.signInNew("leader", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        CohortRef othersClass = cohorts.createCohort(ExportFixture.COURSE, "Someone else's class");
        SessionSummary room = rooms.startWithPrompts(othersClass.id(), ExportFixture.COURSE,
                List.of(ExportFixture.RESPOND));
        accounts.signIn(fixture.zoe());
        audience.join(room.joinCode());
        audience.answer(room.joinCode(), ExportFixture.RESPOND, "Said live, as a visitor.", null);
        accounts.signInNew("admin", Role.ADMIN);

        JsonNode rows = JSON.readTree(export(fixture.zoe().username(), ExportFormat.JSON));

        JsonNode live = rows.get(rows.size() - 1);
        assertThat(rows.size()).isEqualTo(6);
        assertThat(live.path("promptKey").asString()).isEqualTo(ExportFixture.RESPOND);
        assertThat(live.path("text").asString()).isEqualTo("Said live, as a visitor.");
        assertThat(live.path("status").asString()).isEqualTo("live");
        assertThat(exports.find(fixture.zoe().username()).orElseThrow().answers()).isEqualTo(6);
    }

    @Test
    void an_unknown_username_is_reported_and_nothing_is_written() {
        accounts.signInNew("admin", Role.ADMIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(exports.find("nobody-by-this-name")).isEmpty();
        assertThatThrownBy(() -> exports.write("nobody-by-this-name", ExportFormat.JSON, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No account has the username nobody-by-this-name.");
        assertThat(out.size()).isZero();
    }

    @Test
    void only_an_admin_exports_a_persons_data() {
        Map<String, Runnable> people = Map.of(
                "instructor of the class", () -> accounts.signIn(fixture.instructorA()),
                "the student herself", () -> accounts.signIn(fixture.zoe()),
                "anonymous", accounts::signInAnonymously);

        people.forEach((who, signIn) -> {
            signIn.run();
            assertThatThrownBy(() -> exports.write(fixture.zoe().username(), ExportFormat.JSON,
                    new ByteArrayOutputStream())).as(who)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> exports.find(fixture.zoe().username())).as(who)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        });
    }

    private String export(String username, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(username, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
