package org.colloquy.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.ContentValidationException;

class ContentProblemTest {

    @Test
    void a_problem_reads_as_file_line_message_relative_to_the_working_directory() {
        var file = Path.of("").toAbsolutePath().resolve("content/sample/course.yaml");

        assertThat(new ContentProblem(file, 3, "title must be text, not a list"))
                .hasToString(Path.of("content/sample/course.yaml") + ":3: title must be text, not a list");
    }

    @Test
    void a_file_outside_the_working_directory_is_shown_as_given() {
        var file = Path.of("/elsewhere/sample/course.yaml");

        assertThat(new ContentProblem(file, 1, "file is empty")).hasToString("/elsewhere/sample/course.yaml:1: file is empty");
    }

    @Test
    void the_exception_message_counts_and_lists_the_problems() {
        var problems = List.of(new ContentProblem(Path.of("/c/a.yaml"), 1, "one"),
                new ContentProblem(Path.of("/c/b.yaml"), 2, "two"));

        assertThat(new ContentValidationException(problems))
                .hasMessage("Course content is invalid (2 problems):\n/c/a.yaml:1: one\n/c/b.yaml:2: two")
                .extracting(ContentValidationException::problems).isEqualTo(problems);
    }
}
