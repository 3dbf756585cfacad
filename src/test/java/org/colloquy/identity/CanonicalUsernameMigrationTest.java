package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.colloquy.EmbeddedPostgresInitializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V12 gives every stored username its canonical form, on H2 and on PostgreSQL: accounts whose names differ only in
 * case keep their work, the oldest keeps the name, later ones are renamed, and no two names can differ only in case
 * again.
 */
class CanonicalUsernameMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void accountsThatDifferOnlyInCaseAreRenamedOldestFirstOnH2() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("v12").toAbsolutePath(), "sa", "");
        upgradesAccountsThatDifferOnlyInCase(h2);
    }

    @Test
    void accountsThatDifferOnlyInCaseAreRenamedOldestFirstOnPostgres() {
        EmbeddedPostgres server = EmbeddedPostgresInitializer.server();
        String database = "v12_usernames_" + System.nanoTime();
        new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + database);
        upgradesAccountsThatDifferOnlyInCase(server.getDatabase("postgres", database));
    }

    private static void upgradesAccountsThatDifferOnlyInCase(DataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        account(jdbc, 1, "ana");
        account(jdbc, 2, "ANA");
        account(jdbc, 3, "Iris");
        account(jdbc, 4, "iris");
        account(jdbc, 5, "Ben.Lee@School.org");
        jdbc.update("insert into app_user_role (user_id, role) values (2, 'STUDENT')");

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        List<Map<String, Object>> accounts = jdbc.queryForList("select id, username from app_user order by id");
        assertThat(accounts).extracting(row -> row.get("username")).containsExactly(
                "ana", "ana.renamed-2", "iris", "iris.renamed-4", "ben.lee@school.org");
        assertThat(jdbc.queryForObject("select role from app_user_role where user_id = 2", String.class))
                .as("the renamed account keeps what it had").isEqualTo("STUDENT");
        assertThatThrownBy(() -> account(jdbc, 6, "Ana")).as("a name not in canonical form")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> account(jdbc, 7, "iris")).as("a name taken in canonical form")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void account(JdbcTemplate jdbc, long id, String username) {
        jdbc.update("""
                insert into app_user (id, username, display_name, password_hash, created_at)
                values (?, ?, ?, '{noop}not-used', timestamp with time zone '2026-09-01 08:00:00+00')""",
                id, username, username);
    }
}
