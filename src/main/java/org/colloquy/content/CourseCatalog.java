package org.colloquy.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.colloquy.content.load.ContentLoader;

/**
 * The courses of this application, loaded and validated once at start-up and shared by everyone. The
 * application refuses to start if the content is invalid.
 */
@Component
public class CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

    private final List<Course> courses;

    /** @throws ContentValidationException listing every problem, if the content is invalid */
    @Autowired
    public CourseCatalog(@Value("${colloquy.content.dir:content}") String contentDir) {
        this(Path.of(contentDir));
    }

    /** @throws ContentValidationException listing every problem, if the content is invalid */
    public CourseCatalog(Path contentDir) {
        this.courses = new ContentLoader().load(contentDir).stream()
                .sorted(Comparator.comparing(Course::key))
                .toList();
        courses.forEach(course -> log.info("Loaded course {} ({} lessons, version {})",
                course.key(), course.lessons().size(), course.contentVersion()));
    }

    /** All courses, sorted by key. */
    public List<Course> courses() {
        return courses;
    }

    public Optional<Course> course(String key) {
        return courses.stream().filter(course -> course.key().equals(key)).findFirst();
    }

    /** @throws UnknownCourseException if no course has this key */
    public Course require(String key) {
        return course(key).orElseThrow(() -> new UnknownCourseException(key));
    }
}
