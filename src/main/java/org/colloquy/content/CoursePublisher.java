package org.colloquy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.load.ContentLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Publishes a course from its files (decision 0038): they are written into a temporary folder and checked by the
 * strict loader; only a course with no problem is moved into the content folder as {@code <key>/}, replacing the
 * previous version, and served at once. Only an owner of a course already there, or an admin, may publish over it.
 */
@Component
public class CoursePublisher {

    /** Inside the content folder, so that the final move is a rename; it holds no course.yaml, so it is no course. */
    static final String STAGING_FOLDER = ".publishing";
    private static final Logger log = LoggerFactory.getLogger(CoursePublisher.class);

    private final Path contentDir;
    private final CourseCatalog catalog;
    private final CourseOwners owners;
    private final SecurityContextHolderStrategy securityContexts;

    CoursePublisher(CourseCatalog catalog, CourseOwners owners,
                    ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.contentDir = catalog.folder();
        this.catalog = catalog;
        this.owners = owners;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Whether the signed-in person may publish a course under this key: a new key, a course she owns, or any course
     * for an admin.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public boolean mayPublish(String courseKey) {
        CourseFiles.requireKey(courseKey);
        return isAdmin() || !Files.exists(contentDir.resolve(courseKey)) && catalog.course(courseKey).isEmpty()
                || owners.ownedByCurrentUser(courseKey);
    }

    /** The course these files make, or every problem they have, checked as strictly as at start-up; nothing kept. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public CourseCheck check(String courseKey, Map<String, String> files) {
        CourseFiles.requireKey(courseKey);
        Path staging = temporaryFolder();
        try {
            return checked(staging, courseKey, files);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * Publishes the course: refused with its problems (the content folder untouched) if it has any, else it replaces
     * the folder {@code <key>/} and is served from now on, to new classes and old.
     *
     * @throws Refusal if the key is not a course key, or names a course the signed-in person may not publish over
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public synchronized CourseCheck publish(String courseKey, Map<String, String> files) {
        if (!mayPublish(courseKey)) {
            throw Refusal.of("content.publish.not-yours", courseKey);
        }
        Path staging = temporaryFolder();
        try {
            CourseCheck check = checked(staging, courseKey, files);
            if (!(check instanceof CourseCheck.Passed passed)) {
                return check;
            }
            // the same bytes under the same relative paths: the course checked is the course served
            Course course = passed.course();
            Path target = moveIntoContentFolder(staging.resolve(courseKey), courseKey);
            catalog.serve(course);
            log.info("Published course {} (version {}) into {}", courseKey, course.contentVersion(), target);
            return new CourseCheck.Passed(course);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot publish course " + courseKey + " into " + contentDir, failed);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static CourseCheck checked(Path staging, String courseKey, Map<String, String> files) {
        Path folder = staging.resolve(courseKey);
        try {
            CourseFiles.write(files, folder);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write the course " + courseKey + " to check it", failed);
        }
        LoadedContent loaded = new ContentLoader().loadCourseOrCourses(folder);
        if (loaded.heldBack().isEmpty() && !loaded.courses().isEmpty()) {
            return new CourseCheck.Passed(loaded.courses().getFirst());
        }
        List<ContentProblem> problems = loaded.problems().isEmpty()
                ? List.of(new ContentProblem(Path.of(courseKey, ContentLoader.COURSE_FILE), 1, "is missing"))
                : loaded.problems().stream().map(problem -> new ContentProblem(
                        staging.relativize(problem.file().toAbsolutePath()), problem.line(), problem.message()))
                        .toList();
        return new CourseCheck.Failed(problems);
    }

    /** Copies the checked folder next to the courses, then swaps it in by renames, so no half course is ever read. */
    private Path moveIntoContentFolder(Path checked, String courseKey) throws IOException {
        Path incoming = contentDir.resolve(STAGING_FOLDER).resolve(UUID.randomUUID().toString());
        Path target = contentDir.resolve(courseKey);
        try {
            CourseFiles.copy(checked, incoming.resolve(courseKey));
            if (Files.exists(target)) {
                Files.move(target, incoming.resolve("previous"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming.resolve(courseKey), target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException failed) {
            if (!Files.exists(target) && Files.exists(incoming.resolve("previous"))) {
                Files.move(incoming.resolve("previous"), target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw failed;
        } finally {
            deleteQuietly(incoming);
            deleteQuietly(contentDir.resolve(STAGING_FOLDER));
        }
    }

    private boolean isAdmin() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("colloquy-publish-");
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot make a temporary folder to check a course in", failed);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (var children = Files.list(folder)) {
                    if (children.findAny().isPresent() && folder.getFileName().toString().equals(STAGING_FOLDER)) {
                        return;
                    }
                }
            }
            CourseFiles.delete(folder);
        } catch (IOException failed) {
            log.warn("Could not delete the temporary folder {}: {}", folder, failed.toString());
        }
    }
}
