package org.colloquy.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.colloquy.content.ContentValidationException;
import org.colloquy.content.Course;
import org.colloquy.content.HeldBackCourse;
import org.colloquy.content.LoadedContent;

/**
 * Reads every course under a content folder (each direct sub-folder holding a {@code course.yaml}) into
 * immutable records, validating all of it against the format in {@code content/README.md}.
 */
public final class ContentLoader {

    /** The file that makes a folder a course. */
    public static final String COURSE_FILE = CourseParser.COURSE_FILE;

    /**
     * The courses under {@code contentRoot}, sorted by key.
     *
     * @throws ContentValidationException listing every problem found, if there is any
     */
    public List<Course> load(Path contentRoot) {
        LoadedContent content = loadEach(contentRoot);
        if (!content.heldBack().isEmpty()) {
            throw new ContentValidationException(content.problems());
        }
        return content.courses();
    }

    /**
     * Each course under {@code contentRoot} on its own: the valid ones sorted by key, and each folder with problems
     * held back with all of them, so one broken course does not take the others down.
     *
     * @throws ContentValidationException if the content folder itself cannot be read
     */
    public LoadedContent loadEach(Path contentRoot) {
        var rootProblems = new Problems();
        List<Path> folders = courseFolders(contentRoot, rootProblems);
        rootProblems.throwIfAny();
        List<Course> courses = new ArrayList<>();
        List<HeldBackCourse> heldBack = new ArrayList<>();
        for (Path folder : folders) {
            var problems = new Problems();
            Optional<Course> course = CourseParser.parse(folder, problems);
            if (problems.any()) {
                heldBack.add(new HeldBackCourse(folder, problems.sorted()));
            } else {
                course.ifPresent(courses::add);
            }
        }
        return new LoadedContent(courses.stream().sorted(Comparator.comparing(Course::key)).toList(), heldBack);
    }

    /** One course folder (it holds a {@code course.yaml}) checked on its own, or else a folder of courses. */
    public LoadedContent loadCourseOrCourses(Path folder) {
        if (!Files.isRegularFile(folder.resolve(COURSE_FILE))) {
            return loadEach(folder);
        }
        var problems = new Problems();
        Optional<Course> course = CourseParser.parse(folder, problems);
        return problems.any()
                ? new LoadedContent(List.of(), List.of(new HeldBackCourse(folder, problems.sorted())))
                : new LoadedContent(course.stream().toList(), List.of());
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
