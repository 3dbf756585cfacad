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
    void theShippedContentPassesTheStrictCheck() {
        assertThat(new CourseCatalog(Path.of("content"), true).courses()).isNotEmpty();
    }
}
