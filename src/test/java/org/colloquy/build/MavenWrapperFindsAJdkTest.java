package org.colloquy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands work on a machine whose default {@code java} is older than 21: {@code ./mvnw} sources
 * {@code .mvn/jdk.sh}, which picks a JDK 21 or newer by itself, or says in one line what to install.
 */
class MavenWrapperFindsAJdkTest {

    @TempDir
    Path machine;

    @Test
    void an_old_java_home_gives_way_to_the_newest_jdk_found() throws Exception {
        Path old = jdk("jdk-17", "17.0.15");
        jdk("places/jdk-21", "21.0.7");
        Path newest = jdk("places/jdk-25", "25.0.3");

        Result picked = pick(Map.of("JAVA_HOME", old.toString(), "COLLOQUY_JDK_PLACES", machine + "/places/*"));

        assertThat(picked.exit()).isZero();
        assertThat(picked.javaHome()).isEqualTo(newest.toString());
    }

    @Test
    void a_java_home_of_21_or_newer_is_kept() throws Exception {
        Path chosen = jdk("jdk-22", "22.0.2");
        jdk("places/jdk-25", "25.0.3");

        Result picked = pick(Map.of("JAVA_HOME", chosen.toString(), "COLLOQUY_JDK_PLACES", machine + "/places/*"));

        assertThat(picked.javaHome()).isEqualTo(chosen.toString());
    }

    @Test
    void with_no_jdk_21_anywhere_it_says_what_to_install_in_one_line_and_stops() throws Exception {
        Path old = jdk("places/jdk-17", "17.0.15");

        Result picked = pick(Map.of("JAVA_HOME", old.toString(), "COLLOQUY_JDK_PLACES", machine + "/places/*"));

        assertThat(picked.exit()).isEqualTo(1);
        assertThat(picked.errors().strip()).doesNotContain("\n").contains("JDK 21 or newer", "install");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(machine.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path file = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private Result pick(Map<String, String> environment) throws Exception {
        ProcessBuilder shell = new ProcessBuilder("sh", "-c",
                "set -euf; . " + Path.of(".mvn/jdk.sh").toAbsolutePath() + "; printf %s \"$JAVA_HOME\"");
        shell.environment().clear();
        shell.environment().put("PATH", "/usr/bin:/bin");
        shell.environment().put("HOME", machine.toString());
        shell.environment().putAll(environment);
        Process process = shell.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int exit, String javaHome, String errors) {
    }
}
