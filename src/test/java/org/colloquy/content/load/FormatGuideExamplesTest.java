package org.colloquy.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colloquy.content.HeldBackCourse;
import org.colloquy.content.LoadedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step examples of the format guide ({@code content/README.md}) load without a problem, in a copy of the shipped
 * course whose first lesson is made of them: an author who copies one starts from something that works.
 */
class FormatGuideExamplesTest {

    private static final Path GUIDE = Path.of("content/README.md");
    private static final Path COURSE = Path.of("content/sino-russian-relations");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path contentRoot;

    @Test
    void everyStepExampleOfTheFormatGuideLoadsWithoutAProblem() throws IOException {
        List<String> examples = stepExamples();
        assertThat(examples).as("a step example per kind").hasSizeGreaterThanOrEqualTo(6);
        Path copy = copyOfTheShippedCourse();
        Path firstLesson = copy.resolve("lessons/01-three-stages.yaml");
        String lesson = Files.readString(firstLesson);
        String header = lesson.substring(0, lesson.indexOf("\nsteps:") + "\nsteps:\n".length());
        Files.writeString(firstLesson, header + String.join("", examples.stream().map(FormatGuideExamplesTest::indented)
                .toList()));

        LoadedContent loaded = new ContentLoader().loadEach(contentRoot);

        assertThat(loaded.heldBack()).flatExtracting(HeldBackCourse::problems).isEmpty();
        assertThat(loaded.courses()).singleElement()
                .satisfies(course -> assertThat(course.lessons().getFirst().steps()).hasSize(7));
    }

    private static List<String> stepExamples() throws IOException {
        List<String> steps = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(Files.readString(GUIDE));
        while (block.find()) {
            if (block.group(1).startsWith("- key:")) {
                steps.add(block.group(1));
            }
        }
        return steps;
    }

    private static String indented(String yaml) {
        return yaml.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
    }

    private Path copyOfTheShippedCourse() throws IOException {
        Path target = contentRoot.resolve(COURSE.getFileName());
        try (Stream<Path> files = Files.walk(COURSE)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(COURSE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
