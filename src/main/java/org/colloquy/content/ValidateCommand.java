package org.colloquy.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colloquy.content.load.ContentLoader;

/**
 * {@code java -jar colloquy.jar validate DIR}: checks one course folder, or a folder of courses, exactly as the
 * server does at start-up, without starting it. Prints every problem as {@code file:line: message}; exits 0 when
 * there is none, 1 when there is any, 2 when the command is used wrongly.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    private static final int VALID = 0;
    private static final int INVALID = 1;
    private static final int MISUSED = 2;

    private ValidateCommand() {
    }

    /** Runs the command with the arguments after its name; returns the exit code. */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar colloquy.jar validate DIR   (DIR: one course folder, or a folder of courses)");
            return MISUSED;
        }
        Path folder = Path.of(arguments.getFirst());
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": no such folder");
            return MISUSED;
        }
        LoadedContent content;
        try {
            content = new ContentLoader().loadCourseOrCourses(folder);
        } catch (ContentValidationException unreadable) {
            unreadable.problems().forEach(err::println);
            return INVALID;
        }
        return report(folder, content, out, err);
    }

    private static int report(Path folder, LoadedContent content, PrintStream out, PrintStream err) {
        for (Course course : content.courses()) {
            out.println("ok  " + course.key() + ": " + course.lessons().size() + " lessons, content version "
                    + course.contentVersion());
        }
        for (HeldBackCourse broken : content.heldBack()) {
            err.println("bad " + broken.folder() + ": " + ContentValidationException.count(broken.problems().size()));
            broken.problems().stream().map(ContentProblem::toString).forEach(err::println);
        }
        if (content.courses().isEmpty() && content.heldBack().isEmpty()) {
            err.println(folder + ": no course here (a course folder holds a " + ContentLoader.COURSE_FILE + ")");
            return INVALID;
        }
        return content.heldBack().isEmpty() ? VALID : INVALID;
    }
}
