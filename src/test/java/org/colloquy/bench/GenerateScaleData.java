package org.colloquy.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colloquy.bench.ScaleDataGenerator.CohortSpec;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A command that fills an H2 database directory with the scale benchmark's classes, taught by the demo instructor
 * {@code iris}: "Scale seminar", 300 students × every prompt of the course, and one class per export size with
 * just enough students for that many answers. Generated students sign in with the demo password {@code colloquy}.
 *
 * <p>{@code bench.data} is the directory (default {@code ./data}, where {@code ./mvnw spring-boot:run} looks),
 * {@code bench.students} the size of the seminar, {@code bench.exportRows} the export classes (e.g. {@code 10000,100000};
 * empty for none). Run it on a database the application is not using at the same time:
 * {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@scale-data}.
 */
public final class GenerateScaleData {

    static final String COURSE = "sino-russian-relations";
    static final String INSTRUCTOR = "iris";
    static final String DEMO_PASSWORD = "colloquy";

    private GenerateScaleData() {
    }

    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("bench.data", "data"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        int students = Integer.getInteger("bench.students", 300);
        List<Integer> exportRows = sizes(System.getProperty("bench.exportRows", ""));
        try (BenchContext app = BenchContext.start(data, content)) {
            for (GeneratedCohort cohort : generate(app, students, exportRows).all()) {
                System.out.printf("Class “%s” (id %d, join code %s): %,d students, %,d answers, %,d feedback%n",
                        cohort.name(), cohort.id(), cohort.joinCode(), cohort.students(), cohort.answers(),
                        cohort.feedback());
            }
            System.out.println("Sign in as " + INSTRUCTOR + " / " + DEMO_PASSWORD + " to see them.");
        }
    }

    /** The classes written: the seminar, then one per export size, smallest first. */
    record Generated(GeneratedCohort seminar, List<GeneratedCohort> exports) {

        List<GeneratedCohort> all() {
            List<GeneratedCohort> all = new ArrayList<>(List.of(seminar));
            all.addAll(exports);
            return all;
        }
    }

    static Generated generate(BenchContext app, int students, List<Integer> exportRows) {
        return new Generated(seminar(app, students), exportClasses(app, exportRows));
    }

    /** "Scale seminar": this many students, each of whom answered every prompt. */
    static GeneratedCohort seminar(BenchContext app, int students) {
        return generator(app).generate(CohortSpec.everyPrompt("Scale seminar (" + students + " students)",
                "SCALE" + students, students));
    }

    /** A class of students with accounts and no work yet, as a room of a live seminar: usernames {@code <code>-s00001}…. */
    static GeneratedCohort liveClass(BenchContext app, String joinCode, int students) {
        return generator(app).generate(new CohortSpec("Live seminar room (" + students + " students)", joinCode,
                students, 0));
    }

    /** One class per size, with just enough students for exactly that many answers. */
    static List<GeneratedCohort> exportClasses(BenchContext app, List<Integer> exportRows) {
        ScaleDataGenerator generator = generator(app);
        Course course = app.bean(CourseCatalog.class).require(COURSE);
        List<GeneratedCohort> exports = new ArrayList<>();
        for (int rows : exportRows) {
            exports.add(generator.generate(CohortSpec.ofAnswers("Export test, %,d answers".formatted(rows),
                    "EXP" + rows, rows, course)));
        }
        return exports;
    }

    private static ScaleDataGenerator generator(BenchContext app) {
        Course course = app.bean(CourseCatalog.class).require(COURSE);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        long instructorId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, INSTRUCTOR);
        String passwordHash = app.bean(PasswordEncoder.class).encode(DEMO_PASSWORD);
        return new ScaleDataGenerator(jdbc, course, instructorId, passwordHash, Clock.systemUTC().instant());
    }

    static List<Integer> sizes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(size -> !size.isEmpty())
                .map(Integer::valueOf).sorted().toList();
    }
}
