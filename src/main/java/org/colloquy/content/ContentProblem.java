package org.colloquy.content;

import java.nio.file.Path;

/** One thing wrong with the course content: the file, the 1-based line, and what is wrong. */
public record ContentProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return displayed(file) + ":" + line + ": " + message;
    }

    private static String displayed(Path file) {
        var workingDirectory = Path.of("").toAbsolutePath();
        var absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : file.toString();
    }
}
