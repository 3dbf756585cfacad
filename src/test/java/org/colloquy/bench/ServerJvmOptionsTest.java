package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerJvmOptionsTest {

    @Test
    void commentsAndBlankLinesAreSkippedAndEachOptionStandsAlone() {
        assertThat(ServerJvmOptions.parse(List.of("# why", "", "  -XX:+UseSerialGC   -Xss512k ", "-Xmx1g")))
                .containsExactly("-XX:+UseSerialGC", "-Xss512k", "-Xmx1g");
    }

    @Test
    void benchmarksStartTheJvmTheDockerImageRuns() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));

        assertThat(ServerJvmOptions.read()).isNotEmpty().allMatch(option -> option.startsWith("-"));
        assertThat(dockerfile)
                .contains("COPY src/main/jvm/jvm.options /app/jvm.options")
                .contains("\"@/app/jvm.options\"")
                .doesNotContain("-XX:+UseSerialGC");
    }
}
