package org.colloquy.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.colloquy.content.load.ContentLoader;

/**
 * The courses of this application, loaded and validated once at start-up and shared by everyone. A course whose
 * files have problems is held back and every problem logged as {@code file:line}, while the others are served; with
 * {@code colloquy.content.strict=true} (the tests and CI) any problem stops the start instead.
 */
@Component
public class CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

    private final List<Course> courses;
    private final List<HeldBackCourse> heldBack;

    @Autowired
    public CourseCatalog(@Value("${colloquy.content.dir:content}") String contentDir,
                         @Value("${colloquy.content.strict:false}") boolean strict) {
        this(Path.of(contentDir), strict);
    }

    /** A strict catalog: @throws ContentValidationException listing every problem, if any course has one */
    public CourseCatalog(Path contentDir) {
        this(contentDir, true);
    }

    /** @throws ContentValidationException if strict and any course has a problem, or the folder cannot be read */
    public CourseCatalog(Path contentDir, boolean strict) {
        LoadedContent content = new ContentLoader().loadEach(contentDir);
        if (strict && !content.heldBack().isEmpty()) {
            throw new ContentValidationException(content.problems());
        }
        this.courses = content.courses();
        this.heldBack = content.heldBack();
        courses.forEach(course -> log.info("Loaded course {} ({} lessons, version {})",
                course.key(), course.lessons().size(), course.contentVersion()));
        heldBack.forEach(CourseCatalog::logHeldBack);
    }

    private static void logHeldBack(HeldBackCourse course) {
        log.error("Course folder {} is held back until it is fixed ({}); the other courses are served:\n{}",
                course.folder(), ContentValidationException.count(course.problems().size()),
                course.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
    }

    /** All courses, sorted by key. */
    public List<Course> courses() {
        return courses;
    }

    /** The course folders not served because of their problems, for the people who fix them. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<HeldBackCourse> heldBack() {
        return heldBack;
    }

    public Optional<Course> course(String key) {
        return courses.stream().filter(course -> course.key().equals(key)).findFirst();
    }

    /** @throws UnknownCourseException if no course has this key */
    public Course require(String key) {
        return course(key).orElseThrow(() -> new UnknownCourseException(key));
    }
}
