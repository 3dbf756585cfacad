package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCatalogTest {

    @TempDir
    Path contentRoot;

    @Test
    void the_catalog_holds_the_courses_of_the_content_folder_by_key() {
        CourseFolder.write(contentRoot, "beta");
        CourseFolder.write(contentRoot, "alpha");

        var catalog = new CourseCatalog(contentRoot);

        assertThat(catalog.courses()).extracting(Course::key).containsExactly("alpha", "beta");
        assertThat(catalog.course("beta")).map(Course::key).contains("beta");
        assertThat(catalog.course("gamma")).isEmpty();
        assertThat(catalog.require("alpha").key()).isEqualTo("alpha");
    }

    @Test
    void requiring_an_unknown_course_names_the_key() {
        CourseFolder.write(contentRoot, "alpha");
        var catalog = new CourseCatalog(contentRoot);

        assertThatExceptionOfType(UnknownCourseException.class)
                .isThrownBy(() -> catalog.require("gamma"))
                .isInstanceOf(NoSuchElementException.class)
                .withMessageContaining("\"gamma\"");
    }

    @Test
    void invalid_content_refuses_to_make_a_catalog() {
        CourseFolder.write(contentRoot, "alpha").file("course.yaml", "key: alpha\n");

        assertThatExceptionOfType(ContentValidationException.class)
                .isThrownBy(() -> new CourseCatalog(contentRoot))
                .withMessageContaining("course is missing required field \"title\"");
    }

    @Test
    void the_courses_cannot_be_changed() {
        CourseFolder.write(contentRoot, "alpha");
        var courses = new CourseCatalog(contentRoot).courses();

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(courses::clear);
    }
}
