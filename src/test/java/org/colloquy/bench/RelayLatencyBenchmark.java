package org.colloquy.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.colloquy.Application;
import org.colloquy.EmbeddedPostgresInitializer;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarEvents;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long a change committed on one node takes to reach a live view's listener on another (decision 0047): two
 * application contexts (node A and node B, postgres profile) on one embedded PostgreSQL 17; node B commits a room
 * change (the room's version moved on and announced, as an answer does) and node A's {@link SeminarEvents}
 * subscriber, with no batch window, notes when it is told. Time = from just before node B's COMMIT until that
 * subscriber runs. Not a test: it writes its section of docs/performance.md.
 * {@code ./mvnw -Pbench -DskipTests package exec:java@relay-latency}
 */
public final class RelayLatencyBenchmark {

    static final String NAME = "relay-latency";
    private static final int WARM_UP = 100;

    private RelayLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        int changes = Integer.getInteger("bench.relayChanges", 1000);
        String loadBefore = MachineLoad.now();
        EmbeddedPostgres postgres = EmbeddedPostgresInitializer.server();
        Path dataDir = Files.createTempDirectory("relay-bench");
        String[] settings = {"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--colloquy.seminar.push-batch-window=0ms", "--colloquy.data-dir=" + dataDir};
        List<Double> millis = new ArrayList<>();
        try (ConfigurableApplicationContext nodeA = node(settings);
             ConfigurableApplicationContext nodeB = node(settings)) {
            TestAccounts accounts = nodeB.getBean(TestAccounts.class);
            accounts.signInNew("leader", Role.SEMINAR_LEADER);
            long room = nodeB.getBean(LiveSessionService.class).start("sino-russian-relations", "three-stages").id();
            BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
            SeminarEvents.Subscription view = nodeA.getBean(SeminarEvents.class)
                    .subscribe(room, () -> heard.add(System.nanoTime()));
            TransactionTemplate onB = new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class));
            for (int i = 0; i < WARM_UP + changes; i++) {
                AtomicLong committing = new AtomicLong();
                onB.executeWithoutResult(status -> {
                    nodeB.publishEvent(new SeminarEvent.AnswerReceived(room));
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            committing.set(System.nanoTime());
                        }
                    });
                });
                Long at = heard.poll(5, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("Change " + i + " never reached node A");
                }
                if (i >= WARM_UP) {
                    millis.add((at - committing.get()) / 1e6);
                }
                Thread.sleep(5);
            }
            view.cancel();
            accounts.signOut();
        }
        String section = render(millis, MachineInfo.current(), loadBefore + " → " + MachineLoad.now());
        new PerformanceDoc(report).replaceSection(NAME, section);
        System.out.println(section);
        postgres.close();
    }

    private static ConfigurableApplicationContext node(String[] settings) {
        return new SpringApplicationBuilder(Application.class).profiles("postgres").run(settings);
    }

    static String render(List<Double> millis, MachineInfo machine, String load) {
        List<Double> sorted = millis.stream().sorted().toList();
        StringBuilder md = new StringBuilder("## Live changes across nodes: commit to listener\n\n");
        md.append("""
                `RelayLatencyBenchmark` starts two nodes of the app (two application contexts, postgres profile) on one \
                embedded PostgreSQL 17 and opens a room on node B. Node B then commits %,d room changes one after \
                another, 5 ms apart (after %d more to warm up), each as an answer does: the room's version moved on \
                and the change announced with `pg_notify` in the same transaction (decision 0047). Time = from just \
                before node B's COMMIT until the subscriber of node A's `SeminarEvents` runs (node A's listening \
                connection, its relay thread, the hand-over to the views; batch window 0). A live view adds the push \
                batch window (250 ms at most) and the push itself.

                """.formatted(sorted.size(), WARM_UP));
        md.append("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s.\n\n".formatted(
                LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(), load));
        md.append("| changes | median | p95 | p99 | max |\n|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", sorted.size(),
                Stats.median(sorted), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.getLast()));
        md.append(String.format(Locale.ROOT, "%n**A change committed on one node reached the other's listener in "
                + "%.1f ms (median), p95 %.1f ms; about 2 ms was expected.**%n", Stats.median(sorted),
                percentile(sorted, 0.95)));
        return md.toString();
    }

    private static double percentile(List<Double> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }
}
