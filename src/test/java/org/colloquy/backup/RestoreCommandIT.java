package org.colloquy.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The README's restore command, exactly as written there, run with the packaged jar on an H2 backup zip. */
class RestoreCommandIT {

    private static final Path JAR = Path.of(System.getProperty("colloquy.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));

    @TempDir
    Path dir;

    @Test
    void theDocumentedRestoreCommandUnpacksABackupIntoAFreshDataDirectory() throws Exception {
        JdbcTemplate original = jdbc(dir.resolve("live"));
        original.execute("create table answer (body varchar(200))");
        original.update("insert into answer values (?)", "Written before the backup — 备份 🙂");
        Path zip = dir.resolve("colloquy-20261128-175500Z.zip");
        original.execute("BACKUP TO '" + zip + "'");

        Path restored = dir.resolve("restored");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toAbsolutePath().toString(), "-Dloader.main=org.h2.tools.Restore",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "-file", zip.toString(), "-dir", restored.toString(), "-db", "colloquy"));
        Process restore = new ProcessBuilder(command).inheritIO().start();
        assertThat(restore.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(restore.exitValue()).isZero();

        assertThat(jdbc(restored).queryForList("select body from answer", String.class))
                .containsExactly("Written before the backup — 备份 🙂");
    }

    private static JdbcTemplate jdbc(Path dataDir) {
        return new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath(), "sa", ""));
    }
}
