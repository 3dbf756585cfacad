package org.colloquy.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.colloquy.Application;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A draft saved before the server stops is there when it starts again on the same H2 file. */
class RestartDurabilityTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void signOut() {
        TestAccounts.signOutEverywhere();
    }

    @Test
    void a_saved_draft_survives_a_server_restart() {
        UserRef student;
        try (ConfigurableApplicationContext first = start()) {
            student = first.getBean(TestAccounts.class).signInNew("restart", Role.STUDENT);
            first.getBean(AnswerService.class).saveDraft("sino-russian-relations", "three-stages/respond-balance",
                    "Written before the restart.", null, AnswerSnapshot.NONE_SAVED);
        }

        try (ConfigurableApplicationContext second = start()) {
            second.getBean(TestAccounts.class).signIn(student);
            AnswerSnapshot draft = second.getBean(AnswerService.class)
                    .answersInLesson("sino-russian-relations", "three-stages").get("respond-balance");
            assertThat(draft.body()).isEqualTo("Written before the restart.");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath());
    }
}
