package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node does when another node says the courses in the shared content folder changed (decision 0050). */
class CatalogReloadedForAnotherNodeTest {

    @TempDir
    Path contentRoot;

    @Test
    void a_course_another_node_added_to_the_shared_folder_is_served_and_not_announced_back() {
        CourseFolder.write(contentRoot, "alpha");
        CourseCatalog catalog = new CourseCatalog(contentRoot);
        AtomicInteger announced = new AtomicInteger();
        catalog.whenChangedHere(announced::incrementAndGet);
        CourseFolder.write(contentRoot, "beta");

        catalog.reloadForAnotherNode();

        assertThat(catalog.courses()).extracting(Course::key).containsExactly("alpha", "beta");
        assertThat(announced).as("the other nodes know already").hasValue(0);
    }

    @Test
    void a_shared_folder_that_cannot_be_read_leaves_the_node_serving_the_courses_it_had() throws IOException {
        CourseFolder.write(contentRoot, "alpha");
        CourseCatalog catalog = new CourseCatalog(contentRoot);
        CourseFiles.delete(contentRoot);

        catalog.reloadForAnotherNode();

        assertThat(catalog.courses()).extracting(Course::key).containsExactly("alpha");
    }

    @Test
    void an_empty_shared_folder_as_if_unmounted_leaves_the_node_serving_the_courses_it_had() throws IOException {
        CourseFolder.write(contentRoot, "alpha");
        CourseCatalog catalog = new CourseCatalog(contentRoot);
        CourseFiles.delete(contentRoot.resolve("alpha"));

        catalog.reloadForAnotherNode();

        assertThat(catalog.courses()).extracting(Course::key).containsExactly("alpha");
    }
}
