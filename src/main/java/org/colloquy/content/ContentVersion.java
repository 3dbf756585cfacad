package org.colloquy.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content version of a course folder: SHA-256 over its files in the order of their relative paths
 * ('/'-separated), each as path, byte count and bytes; the first 12 hex digits.
 */
public final class ContentVersion {

    static final int LENGTH = 12;

    private ContentVersion() {
    }

    public static String of(Path folder) throws IOException {
        var digest = sha256();
        for (Path file : filesOf(folder)) {
            var bytes = Files.readAllBytes(file);
            digest.update((relativePath(folder, file) + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
    }

    private static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> relativePath(folder, file)))
                    .toList();
        }
    }

    private static String relativePath(Path folder, Path file) {
        var relative = folder.relativize(file);
        return String.join("/", Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                .map(i -> relative.getName(i).toString())
                .toList());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
