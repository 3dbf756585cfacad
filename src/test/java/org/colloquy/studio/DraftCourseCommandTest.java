package org.colloquy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colloquy.content.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author who prefers files drafts a course from an essay on the command line (issue #14). */
class DraftCourseCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theShippedEssayIsDraftedIntoAValidCourseFolderWithItsQuestionsAsJson() throws IOException {
        Path essay = essayFile();
        Path json = work.resolve("out/found/questions.json");

        int exit = run("--from", essay.toString(), "--out", work.resolve("content/sino").toString(),
                "--questions-json", json.toString());

        assertThat(exit).as(err()).isZero();
        assertThat(out()).contains("drafted sino from ").contains("ok  sino: ");
        assertThat(new ContentLoader().load(work.resolve("content"))).hasSize(1);
        assertThat(Files.readString(json)).startsWith("[\n  {\"paragraph\": ")
                .contains("\"kind\": \"explicit\"")
                .contains("\"text\": \"Should we attempt to achieve “revolutionary transition” or “reform” of the"
                        + " current international order?\"");
    }

    @Test
    void withoutFromOrOutOrWithAnUnknownOptionTheUsageIsPrintedAndTheExitCodeIsTwo() {
        assertThat(run("--from", "essay.txt")).isEqualTo(2);
        assertThat(run("--from", "essay.txt", "--out", "x", "--verbose", "yes")).isEqualTo(2);
        assertThat(run("--from")).isEqualTo(2);
        assertThat(err()).contains("Usage: java -jar colloquy.jar draft-course --from ESSAY --out DIR");
    }

    @Test
    void aMissingEssayAFolderThatHoldsFilesOrAnEssayWithoutQuestionsExitWithOneAndWriteNothing() throws IOException {
        Path full = Files.createDirectories(work.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        Path noQuestions = Files.writeString(work.resolve("calm.txt"), "Calm\n\nAll is settled. Nothing is open.");

        assertThat(run("--from", work.resolve("missing.txt").toString(), "--out", work.resolve("a").toString()))
                .isEqualTo(1);
        assertThat(run("--from", essayFile().toString(), "--out", full.toString())).isEqualTo(1);
        assertThat(run("--from", noQuestions.toString(), "--out", work.resolve("calm").toString())).isEqualTo(1);

        assertThat(err()).contains("missing.txt: no such file").contains("already holds files")
                .contains("calm.txt: No open question is kept");
        assertThat(work.resolve("a")).doesNotExist();
        assertThat(work.resolve("calm")).doesNotExist();
        assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void anEssayTheImportRefusesExitsWithOneAndItsReason() throws IOException {
        Path empty = Files.writeString(work.resolve("empty.md"), "");

        assertThat(run("--from", empty.toString(), "--out", work.resolve("e").toString())).isEqualTo(1);
        assertThat(err()).contains("empty.md: The essay is empty");
    }

    private Path essayFile() throws IOException {
        Path essay = work.resolve("essay-sino-russian-relations.txt");
        if (!Files.exists(essay)) {
            try (InputStream in = getClass().getResourceAsStream("/studio/essay-sino-russian-relations.txt")) {
                Files.copy(in, essay);
            }
        }
        return essay;
    }

    private int run(String... arguments) {
        return DraftCourseCommand.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
