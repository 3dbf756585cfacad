package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.colloquy.content.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course folder goes out as one zip and comes back the same, while a hostile zip is refused (issue #14). */
class CourseArchiveTest {

    @TempDir
    Path root;

    @Test
    void aCourseWrittenAsAZipReadsBackAsTheSameFilesThatLoadAsTheSameCourse() throws Exception {
        CourseFolder.write(root, "alpha");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        CourseArchive.write(root.resolve("alpha"), zip);
        Map<String, byte[]> files = CourseArchive.read(new ByteArrayInputStream(zip.toByteArray()));

        assertThat(files.keySet()).containsExactly("course.yaml", "lessons/01-intro.yaml", "reading.md");
        Path copy = root.resolve("copy/alpha");
        for (var file : files.entrySet()) {
            Files.createDirectories(copy.resolve(file.getKey()).getParent());
            Files.write(copy.resolve(file.getKey()), file.getValue());
        }
        assertThat(new ContentLoader().load(root.resolve("copy")).getFirst().contentVersion())
                .isEqualTo(new ContentLoader().load(root).getFirst().contentVersion());
    }

    @Test
    void filesThatAreNotCourseFilesStayOutOfTheZip() throws Exception {
        CourseFolder.write(root, "alpha");
        Files.writeString(root.resolve("alpha/notes.txt"), "my private notes");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        CourseArchive.write(root.resolve("alpha"), zip);

        assertThat(CourseArchive.read(new ByteArrayInputStream(zip.toByteArray())).keySet())
                .containsExactly("course.yaml", "lessons/01-intro.yaml", "reading.md");
    }

    @Test
    void anEntryThatWouldLandOutsideTheCourseIsRefused() {
        for (String name : new String[] {"../evil.yaml", "alpha/../../evil.md", "/etc/evil.yaml", "C:/evil.yaml",
                "alpha\\..\\evil.yaml"}) {
            assertThatThrownBy(() -> CourseArchive.read(zipOf(Map.of(name, "x"))))
                    .as(name).isInstanceOf(CourseArchive.Refused.class).hasMessageContaining("is not a course file");
        }
    }

    @Test
    void aFileOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> CourseArchive.read(zipOf(Map.of("alpha/run.sh", "rm -rf /"))))
                .isInstanceOf(CourseArchive.Refused.class).hasMessageContaining("\"alpha/run.sh\" is not a course file");
    }

    @Test
    void aZipBombStopsAtTheLimitWithoutUnpackingTheRest() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("alpha/reading.md"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).as("64 MB of zeros pack small").isLessThan(200_000);

        assertThatThrownBy(() -> CourseArchive.read(new ByteArrayInputStream(bomb.toByteArray())))
                .isInstanceOf(CourseArchive.Refused.class).hasMessageContaining("unpacks to more than 20 MB");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i <= CourseArchive.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("alpha/lessons/" + i + ".yaml"));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> CourseArchive.read(new ByteArrayInputStream(many.toByteArray())))
                .isInstanceOf(CourseArchive.Refused.class).hasMessageContaining("more than 500 entries");
    }

    @Test
    void anArchiveWithNoCourseFileIsRefused() {
        assertThatThrownBy(() -> CourseArchive.read(zipOf(Map.of())))
                .isInstanceOf(CourseArchive.Refused.class).hasMessageContaining("holds no course file");
    }

    private static ByteArrayInputStream zipOf(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
