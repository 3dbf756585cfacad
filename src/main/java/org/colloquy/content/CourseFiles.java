package org.colloquy.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.regex.Pattern;
import org.colloquy.base.i18n.Refusal;

/** The files of one course folder, by path relative to it, as the studio hands them over to be published. */
final class CourseFiles {

    /** A course key: it names the folder, so it can never climb out of the content folder. */
    private static final Pattern RELATIVE_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");

    private CourseFiles() {
    }

    static void requireKey(String courseKey) {
        if (!ContentKeys.isValid(courseKey) || courseKey.length() > ContentKeys.LONGEST_COURSE_KEY) {
            throw Refusal.of("content.publish.bad-key", courseKey);
        }
    }

    /** Writes the files under {@code folder}, refusing any path that is not a plain relative one. */
    static void write(Map<String, String> files, Path folder) throws IOException {
        for (String name : files.keySet()) {
            if (!RELATIVE_PATH.matcher(name).matches() || name.contains("..")) {
                throw Refusal.of("content.publish.bad-file", name);
            }
        }
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey()).normalize();
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Copies a folder tree. */
    static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder tree, if it exists. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
