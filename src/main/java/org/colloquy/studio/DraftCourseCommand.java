package org.colloquy.studio;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;
import org.colloquy.content.ValidateCommand;
import org.colloquy.studio.draft.CourseDrafter;
import org.colloquy.studio.draft.DraftCourse;
import org.colloquy.studio.essay.EssayImport;
import org.colloquy.studio.questions.QuestionFinder;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar colloquy.jar draft-course --from ESSAY --out DIR [--questions-json FILE]}: imports an essay file,
 * finds its open questions, drafts a course from all of them into the new folder DIR (whose name is the course key),
 * and validates it exactly as {@code validate} does. With {@code --questions-json} it also writes every question
 * found as JSON. Exits 0 on success, 1 when the essay or the folder cannot be used, 2 when used wrongly.
 */
public final class DraftCourseCommand {

    public static final String NAME = "draft-course";
    static final String USAGE = "Usage: java -jar colloquy.jar draft-course --from ESSAY --out DIR "
            + "[--questions-json FILE]   (ESSAY: .txt, .md, .docx or .pdf; DIR: a new folder named after the course key)";
    private static final int DONE = 0;
    private static final int BAD_INPUT = 1;
    private static final int MISUSED = 2;
    private static final List<String> OPTIONS = List.of("--from", "--out", "--questions-json");

    private DraftCourseCommand() {
    }

    /** Runs the command with the arguments after its name; returns the exit code. */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        Map<String, String> options = options(arguments);
        if (options == null || !options.containsKey("--from") || !options.containsKey("--out")) {
            err.println(USAGE);
            return MISUSED;
        }
        Path essayFile = Path.of(options.get("--from"));
        Path folder = Path.of(options.get("--out")).toAbsolutePath().normalize();
        try {
            checkFolderIsNew(folder);
            Essay essay = new EssayImport().file(essayFile.getFileName().toString(), read(essayFile));
            List<OpenQuestion> questions = new QuestionFinder().find(essay);
            DraftCourse draft = new CourseDrafter().draft(essay, questions, folder.getFileName().toString());
            draft.writeTo(folder);
            if (options.containsKey("--questions-json")) {
                writeQuestions(Path.of(options.get("--questions-json")).toAbsolutePath(), questions);
            }
            out.println("drafted " + draft.key() + " from " + essayFile + ": " + essay.paragraphs().size()
                    + " paragraphs, " + questions.size() + " open questions, " + (draft.files().size() - 2)
                    + " lessons, in " + folder);
        } catch (Refusal refused) {
            err.println(essayFile + ": " + refused.reason().english());
            return BAD_INPUT;
        } catch (Unusable unusable) {
            err.println(unusable.getMessage());
            return BAD_INPUT;
        } catch (IOException failed) {
            err.println(folder + ": cannot be written (" + failed.getMessage() + ")");
            return BAD_INPUT;
        }
        return ValidateCommand.run(List.of(folder.toString()), out, err) == DONE ? DONE : BAD_INPUT;
    }

    private static void writeQuestions(Path json, List<OpenQuestion> questions) throws IOException {
        try {
            Files.createDirectories(json.getParent());
            Files.writeString(json, QuestionsJson.of(questions), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new IOException("the questions file " + json + " cannot be written: " + failed, failed);
        }
    }

    /** The options by name, or null if any argument is not a known option followed by its value. */
    private static @Nullable Map<String, String> options(List<String> arguments) {
        if (arguments.size() % 2 != 0) {
            return null;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            String name = arguments.get(i);
            if (!OPTIONS.contains(name) || options.put(name, arguments.get(i + 1)) != null) {
                return null;
            }
        }
        return options;
    }

    private static byte[] read(Path essayFile) throws IOException {
        if (!Files.isRegularFile(essayFile)) {
            throw new Unusable(essayFile + ": no such file");
        }
        if (Files.size(essayFile) >= EssayImport.MAX_BYTES) {
            throw new Unusable(essayFile + ": "
                    + Text.of("studio.import.too-large", EssayImport.MAX_MEGABYTES).english());
        }
        return Files.readAllBytes(essayFile);
    }

    private static void checkFolderIsNew(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    throw new Unusable(folder + ": already holds files; draft into a new or empty folder");
                }
            }
        } else if (Files.exists(folder)) {
            throw new Unusable(folder + ": is a file, not a folder");
        }
    }

    /** The essay or the folder cannot be used, for the reason its message gives. */
    private static final class Unusable extends IOException {

        Unusable(String message) {
            super(message);
        }
    }
}
