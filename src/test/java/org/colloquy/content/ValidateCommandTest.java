package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author checks a course folder from the command line, without starting the server (issue #14). */
class ValidateCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theShippedContentFolderIsValid() {
        assertThat(validate("content")).isZero();
        assertThat(out()).contains("ok  sino-russian-relations: ");
        assertThat(err()).isEmpty();
    }

    @Test
    void oneValidCourseFolderIsCheckedOnItsOwn() {
        CourseFolder.write(root, "alpha");

        assertThat(validate(root.resolve("alpha").toString())).isZero();
        assertThat(out()).startsWith("ok  alpha: 1 lessons");
    }

    @Test
    void everyProblemIsPrintedAsFileAndLineAndTheExitCodeIsOne() {
        CourseFolder.write(root, "alpha");
        CourseFolder.write(root, "beta").file("course.yaml", "key: beta\ntitle: Beta\n");

        assertThat(validate(root.toString())).isEqualTo(1);
        assertThat(out()).contains("ok  alpha");
        assertThat(err()).contains("beta: 5 problems").contains("beta/course.yaml:1: course is missing required field");
    }

    @Test
    void aFolderWithoutAnyCourseSaysWhatACourseFolderHolds() {
        assertThat(validate(root.toString())).isEqualTo(1);
        assertThat(err()).contains("no course here (a course folder holds a course.yaml)");
    }

    @Test
    void aMissingFolderOrNoFolderIsAMisuse() {
        assertThat(validate(root.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err()).contains("nowhere: no such folder");
        assertThat(ValidateCommand.run(List.of(), print(out), print(err))).isEqualTo(2);
        assertThat(err()).contains("Usage: java -jar colloquy.jar validate DIR");
    }

    private int validate(String folder) {
        return ValidateCommand.run(List.of(folder), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
