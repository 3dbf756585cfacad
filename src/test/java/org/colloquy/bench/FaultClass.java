package org.colloquy.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A database brought to the newest schema by the application's own migrations, with one class of students who sign
 * in with the demo password: what the fault tests write into before the packaged app first starts on it.
 */
final class FaultClass {

    static final String COURSE = "sino-russian-relations";
    static final String PROMPT = "three-stages/respond-balance";
    static final String PASSWORD = "colloquy";

    private FaultClass() {
    }

    /** Migrates the database and enrols {@code count} students in a new class; returns their usernames. */
    static List<String> seed(DriverManagerDataSource database, int count) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Timestamp now = Timestamp.from(Instant.now());
        String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        long cohort = new SimpleJdbcInsert(jdbc).withTableName("cohort").usingGeneratedKeyColumns("id")
                .usingColumns("course_key", "name", "join_code", "created_at")
                .executeAndReturnKey(Map.of("course_key", COURSE, "name", "Fault drill", "join_code", "FAULT1",
                        "created_at", now))
                .longValue();
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = "burst%02d".formatted(i);
            long user = new SimpleJdbcInsert(jdbc).withTableName("app_user").usingGeneratedKeyColumns("id")
                    .usingColumns("username", "display_name", "password_hash", "created_at")
                    .executeAndReturnKey(Map.of("username", username, "display_name", "Burst student " + i,
                            "password_hash", passwordHash, "created_at", now))
                    .longValue();
            jdbc.update("insert into app_user_role (user_id, role) values (?, 'STUDENT')", user);
            jdbc.update("insert into cohort_member (cohort_id, user_id, joined_at) values (?, ?, ?)", cohort, user, now);
            usernames.add(username);
        }
        return usernames;
    }

    /** Every stored submission of the burst's prompt, as who wrote it and what. */
    static List<SubmissionBurst.Acknowledged> storedSubmissions(DriverManagerDataSource database) {
        return new JdbcTemplate(database).query("""
                        select u.username, s.body from response_submission s
                        join response r on r.id = s.response_id
                        join app_user u on u.id = r.user_id
                        where r.course_key = ? and r.prompt_key = ?""",
                (row, number) -> new SubmissionBurst.Acknowledged(row.getString(1), row.getString(2)), COURSE, PROMPT);
    }
}
