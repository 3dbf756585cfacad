package org.colloquy.studio.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A drafted course: its key and its files, by path relative to the course folder, in the order they were drafted. */
public record DraftCourse(String key, Map<String, String> files) {

    public DraftCourse {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Writes every file under {@code folder}, the course folder (named after the key). */
    public void writeTo(Path folder) throws IOException {
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
