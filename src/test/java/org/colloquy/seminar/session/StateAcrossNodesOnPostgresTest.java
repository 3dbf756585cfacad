package org.colloquy.seminar.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.colloquy.Application;
import org.colloquy.EmbeddedPostgresInitializer;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.CoursePublisher;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.console.ConsoleService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes of the app on one PostgreSQL, sharing one content folder (decision 0050): a course published on node A is
 * served by node B, wrong join codes counted on A hold the guesser up on B, and the views on B hear that a countdown
 * started on A ran out although A stopped before its end. The last test stops node A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateAcrossNodesOnPostgresTest {

    private static final String COURSE = "sino-russian-relations";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    static Path content;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static SecurityContextHolderStrategy before;

    @BeforeAll
    static void startTwoNodesOnOneContentFolder() throws IOException {
        before = SecurityContextHolder.getContextHolderStrategy();
        copy(Path.of("content"), content);
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
        SecurityContextHolder.setContextHolderStrategy(before);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
    void a_course_published_on_node_a_is_served_by_node_b() throws IOException {
        Map<String, String> files = filesOf(content.resolve(COURSE));
        files.put("course.yaml", files.get("course.yaml").replaceFirst("(?m)^title: .*$",
                "title: \"China and Russia after the Cold War, second edition\""));
        nodeA.getBean(TestAccounts.class).signInNew("admin", Role.ADMIN);

        CourseCheck published = nodeA.getBean(CoursePublisher.class).publish(COURSE, files);

        assertThat(published).isInstanceOf(CourseCheck.Passed.class);
        String version = ((CourseCheck.Passed) published).course().contentVersion();
        CourseCatalog catalogOfB = nodeB.getBean(CourseCatalog.class);
        awaitUntil(() -> catalogOfB.require(COURSE).contentVersion().equals(version));
    }

    @Test
    @Order(2)
    void wrong_join_codes_typed_on_node_a_hold_the_guesser_up_on_node_b() {
        TestAccounts accountsOfA = nodeA.getBean(TestAccounts.class);
        accountsOfA.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = nodeA.getBean(CohortService.class).createCohort(COURSE, "Guessed on two nodes");
        UserRef guesser = accountsOfA.signInNew("guesser", Role.STUDENT);
        for (int i = 0; i < 10; i++) {
            nodeA.getBean(CohortService.class).join("ZZZZZ" + i);
        }

        nodeB.getBean(TestAccounts.class).signIn(guesser);

        assertThatThrownBy(() -> nodeB.getBean(CohortService.class).join(cohort.joinCode()))
                .isInstanceOf(Refusal.class).hasMessageContaining("Try again in");
    }

    @Test
    @Order(3)
    void views_on_node_b_hear_that_time_is_up_though_node_a_started_the_countdown_and_stopped_before_its_end()
            throws InterruptedException {
        nodeA.getBean(TestAccounts.class).signInNew("leader", Role.SEMINAR_LEADER);
        long room = nodeA.getBean(LiveSessionService.class).start(COURSE, "three-stages").id();
        ConsoleService consoleOfA = nodeA.getBean(ConsoleService.class);
        while (!consoleOfA.presenterState(room).current().key().equals("three-stages/respond-balance")) {
            consoleOfA.next(room);
        }
        BlockingQueue<String> heardOnB = new LinkedBlockingQueue<>();
        nodeB.getBean(SeminarEvents.class).subscribe(room, event -> true, () -> heardOnB.add("changed"), () -> { });

        consoleOfA.startTimer(room, Duration.ofSeconds(4));
        Instant endsAt = nodeA.getBean(SeminarSessionRepository.class).findById(room).orElseThrow().getTimerEndsAt();
        PromptTimers timersOfB = nodeB.getBean(PromptTimers.class);
        awaitUntil(() -> endsAt != null && timersOfB.isScheduled(room, endsAt));
        heardOnB.clear();
        nodeA.close();

        assertThat(Instant.now()).as("node A stopped before the end of the countdown").isBefore(endsAt);
        assertThat(heardOnB.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("changed");
        assertThat(Instant.now()).isAfter(endsAt);
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class).profiles("test", "postgres")
                .initializers(new EmbeddedPostgresInitializer())
                .run("--server.port=0", "--spring.main.banner-mode=off", "--colloquy.content.dir=" + content);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private static Map<String, String> filesOf(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        }
    }
}
