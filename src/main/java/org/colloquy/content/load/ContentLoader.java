package org.colloquy.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.colloquy.content.Course;

/**
 * Reads every course under a content folder (each direct sub-folder holding a {@code course.yaml}) into
 * immutable records, validating all of it against the format in {@code content/README.md}.
 */
public final class ContentLoader {

    /**
     * The courses under {@code contentRoot}, sorted by key.
     *
     * @throws ContentValidationException listing every problem found, if there is any
     */
    public List<Course> load(Path contentRoot) {
        var problems = new Problems();
        List<Course> courses = new ArrayList<>();
        for (Path folder : courseFolders(contentRoot, problems)) {
            CourseParser.parse(folder, problems).ifPresent(courses::add);
        }
        problems.throwIfAny();
        return courses.stream().sorted(Comparator.comparing(Course::key)).toList();
    }

    private static List<Path> courseFolders(Path contentRoot, Problems problems) {
        if (!Files.isDirectory(contentRoot)) {
            problems.report(contentRoot, 1, "the content folder does not exist");
            return List.of();
        }
        try (Stream<Path> children = Files.list(contentRoot)) {
            return children
                    .filter(child -> Files.isDirectory(child)
                            && Files.isRegularFile(child.resolve(CourseParser.COURSE_FILE)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.report(contentRoot, 1, "cannot list the content folder: " + e);
            return List.of();
        }
    }
}
