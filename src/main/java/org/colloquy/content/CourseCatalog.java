package org.colloquy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.colloquy.content.load.ContentLoader;

/**
 * The courses of this application, loaded and validated at start-up and shared by everyone. A course whose files have
 * problems is held back and every problem logged as {@code file:line}, while the others are served; with
 * {@code colloquy.content.strict=true} (the tests and CI) any problem stops the start instead. An admin reloads the
 * folder while the app runs: the same checks, and a served course whose folder breaks keeps its last good version.
 */
@Component
public class CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

    private final Path contentDir;
    private volatile List<Course> courses;
    private volatile List<HeldBackCourse> heldBack;
    private volatile Runnable changedHere = () -> { };

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
        this.contentDir = contentDir;
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

    /**
     * Reads the content folder again with the same checks, and serves what passes from now on. A course served until
     * now whose folder has problems keeps the version that last passed, so a half-saved edit never takes a course away
     * from its classes; its problems are listed all the same.
     *
     * @throws ContentValidationException if the content folder itself cannot be read (nothing changes then)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public synchronized ContentReload reload() {
        ContentReload reload = load();
        changedHere.run();
        return reload;
    }

    /**
     * Another node published a course or reloaded the shared content folder (decision 0050): the same reload an admin
     * makes here, told to no one. A folder that cannot be read leaves this node serving what it served, and says so.
     */
    synchronized void reloadForAnotherNode() {
        try {
            if (!courses.isEmpty() && !holdsAnyCourse(contentDir)) {
                log.error("Another node changed the courses, but the content folder {} holds none now (is the shared "
                        + "folder mounted on this node?); this node keeps serving the courses it had", contentDir);
                return;
            }
            load();
        } catch (RuntimeException failed) {
            log.error("Another node changed the courses, but the content folder {} could not be read again; this node "
                    + "keeps serving the courses it had until the folder can be read: {}", contentDir, failed.toString());
        }
    }

    private static boolean holdsAnyCourse(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(child -> Files.isRegularFile(child.resolve(ContentLoader.COURSE_FILE)));
        } catch (IOException | UncheckedIOException unreadable) {
            return false;
        }
    }

    /** Called after this node published a course or reloaded the folder: {@link ContentRelay} tells the others. */
    void whenChangedHere(Runnable tellOtherNodes) {
        this.changedHere = tellOtherNodes;
    }

    private ContentReload load() {
        LoadedContent content = new ContentLoader().loadEach(contentDir);
        Map<String, Course> served = new TreeMap<>();
        content.courses().forEach(course -> served.put(course.key(), course));
        Set<String> kept = new TreeSet<>();
        for (HeldBackCourse broken : content.heldBack()) {
            String key = broken.folder().getFileName().toString();
            course(key).filter(lastGood -> !served.containsKey(key)).ifPresent(lastGood -> {
                served.put(key, lastGood);
                kept.add(key);
            });
        }
        this.courses = List.copyOf(served.values());
        this.heldBack = content.heldBack();
        log.info("Reloaded the content folder {}: {} courses served, {} held back", contentDir, courses.size(),
                heldBack.size());
        heldBack.forEach(CourseCatalog::logHeldBack);
        return new ContentReload(courses, heldBack, kept);
    }

    /**
     * Writes the files of a served course's folder as a zip, for an instructor or admin to keep or bring elsewhere
     * (the folder as it is on disk: a course kept at its last good version while its folder has problems gives those).
     *
     * @throws UnknownCourseException if no course with this key is served
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void writeArchive(String key, OutputStream out) throws IOException {
        Course course = require(key);
        CourseArchive.write(contentDir.resolve(course.key()), out);
    }

    /**
     * Serves this course from now on in place of any course with its key, its folder no longer held back: for
     * {@link CoursePublisher}, once the course passed every check in its folder.
     */
    synchronized void serve(Course course) {
        Map<String, Course> served = new TreeMap<>();
        courses.forEach(each -> served.put(each.key(), each));
        served.put(course.key(), course);
        this.courses = List.copyOf(served.values());
        this.heldBack = heldBack.stream()
                .filter(broken -> !broken.folder().getFileName().toString().equals(course.key()))
                .toList();
        changedHere.run();
    }

    /** The folder the courses are read from. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path contentDir() {
        return contentDir;
    }

    /** The same folder, for {@link CoursePublisher}, which checks who publishes itself. */
    Path folder() {
        return contentDir;
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
