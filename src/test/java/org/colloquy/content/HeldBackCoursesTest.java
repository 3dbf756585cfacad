package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken course no longer stops the application: it is held back and the others are served (issue #14). */
class HeldBackCoursesTest {

    @TempDir
    Path contentRoot;

    @Test
    void aBrokenCourseIsHeldBackWithEveryProblemWhileTheOthersAreServed() {
        CourseFolder.write(contentRoot, "alpha");
        CourseFolder.write(contentRoot, "beta").file("course.yaml", "key: beta\n");

        var catalog = new CourseCatalog(contentRoot, false);

        assertThat(catalog.courses()).extracting(Course::key).containsExactly("alpha");
        assertThat(catalog.heldBack()).singleElement().satisfies(broken -> {
            assertThat(broken.folder().getFileName().toString()).isEqualTo("beta");
            assertThat(broken.problems()).extracting(ContentProblem::toString)
                    .anySatisfy(problem -> assertThat(problem)
                            .endsWith("beta/course.yaml:1: course is missing required field \"title\""));
        });
    }

    @Test
    void theStrictSettingKeepsRefusingToStartOnAnyProblem() {
        CourseFolder.write(contentRoot, "alpha");
        CourseFolder.write(contentRoot, "beta").file("course.yaml", "key: beta\n");

        assertThatExceptionOfType(ContentValidationException.class)
                .isThrownBy(() -> new CourseCatalog(contentRoot, true))
                .withMessageContaining("beta/course.yaml:1:");
    }

    @Test
    void aHealthyFolderHoldsNothingBack() {
        CourseFolder.write(contentRoot, "alpha");

        assertThat(new CourseCatalog(contentRoot, false).heldBack()).isEmpty();
    }

    @Test
    void aMissingContentFolderStillStopsTheStartForItIsNoCourseToHoldBack() {
        assertThatExceptionOfType(ContentValidationException.class)
                .isThrownBy(() -> new CourseCatalog(contentRoot.resolve("nowhere"), false))
                .withMessageContaining("the content folder does not exist");
    }

    @Test
    void oneProblemIsCountedInTheSingular() {
        var one = new ContentValidationException(java.util.List.of(new ContentProblem(Path.of("a.yaml"), 3, "bad")));
        var two = new ContentValidationException(java.util.List.of(new ContentProblem(Path.of("a.yaml"), 3, "bad"),
                new ContentProblem(Path.of("a.yaml"), 4, "worse")));

        assertThat(one.getMessage()).startsWith("Course content is invalid (1 problem):");
        assertThat(two.getMessage()).startsWith("Course content is invalid (2 problems):");
    }

    @Test
    void aReloadServesACourseAddedWhileTheAppRuns() {
        CourseFolder.write(contentRoot, "alpha");
        var catalog = new CourseCatalog(contentRoot, false);
        CourseFolder.write(contentRoot, "beta");

        ContentReload reload = catalog.reload();

        assertThat(reload.served()).extracting(Course::key).containsExactly("alpha", "beta");
        assertThat(catalog.courses()).extracting(Course::key).containsExactly("alpha", "beta");
    }

    @Test
    void aServedCourseWhoseFolderBreaksKeepsItsLastGoodVersionUntilFixed() {
        CourseFolder alpha = CourseFolder.write(contentRoot, "alpha");
        var catalog = new CourseCatalog(contentRoot, false);
        String goodVersion = catalog.require("alpha").contentVersion();
        alpha.file("course.yaml", "key: alpha\n");

        ContentReload broken = catalog.reload();

        assertThat(broken.keptLastGoodVersion()).containsExactly("alpha");
        assertThat(catalog.require("alpha").contentVersion()).isEqualTo(goodVersion);
        assertThat(catalog.heldBack()).extracting(held -> held.folder().getFileName().toString()).containsExactly("alpha");

        CourseFolder.write(contentRoot, "alpha").file("reading.md", CourseFolder.READING + "\n{#p3} A new ending.\n");
        ContentReload fixed = catalog.reload();

        assertThat(fixed.keptLastGoodVersion()).isEmpty();
        assertThat(catalog.heldBack()).isEmpty();
        assertThat(catalog.require("alpha").contentVersion()).isNotEqualTo(goodVersion);
    }

    @Test
    void aCourseHeldBackAtTheStartIsServedOnceItsFolderIsFixed() {
        CourseFolder.write(contentRoot, "beta").file("course.yaml", "key: beta\n");
        var catalog = new CourseCatalog(contentRoot, false);
        assertThat(catalog.courses()).isEmpty();

        CourseFolder.write(contentRoot, "beta");
        catalog.reload();

        assertThat(catalog.courses()).extracting(Course::key).containsExactly("beta");
    }

    @Test
    void theShippedContentPassesTheStrictCheck() {
        assertThat(new CourseCatalog(Path.of("content"), true).courses()).isNotEmpty();
    }
}
