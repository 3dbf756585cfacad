package org.colloquy.studio.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.content.ContentProblem;
import org.colloquy.studio.draft.DraftCourse;
import org.jspecify.annotations.Nullable;

/**
 * The draft's files as the editor last wrote them, with the lines each field wrote in each file, so that a problem of
 * the strict check ({@code file:line: message}) is shown at the field that wrote its line.
 */
public record Written(DraftCourse draft, Map<String, List<FieldLines>> lines, Map<String, FilePart<?>> parts) {

    private static final Pattern BROKEN_QUOTATION = Pattern.compile("is not in paragraph (\\S+) of ");

    /** One problem, said as the loader says it ({@code lessons/01-x.yaml:12: …}), and where the editor shows it. */
    public record Placed(String file, int line, String message, @Nullable FieldRef field,
                         @Nullable FilePart<?> part) {

        /** The loader's own words: {@code file:line: message}, the file relative to the course folder. */
        public String said() {
            return file + ":" + line + ": " + message;
        }
    }

    /** Each problem at the field that wrote its line, else at its file; none is left out. */
    public List<Placed> place(List<ContentProblem> problems) {
        List<Placed> placed = new ArrayList<>();
        for (ContentProblem problem : problems) {
            String file = inCourse(problem.file());
            placed.add(new Placed(file, problem.line(), problem.message(), field(file, problem.line()),
                    parts.get(file)));
            Matcher broken = BROKEN_QUOTATION.matcher(problem.message());
            if (broken.find()) {
                quotedParagraph(broken.group(1)).ifPresent(paragraph -> placed.add(new Placed(file, problem.line(),
                        problem.message(), paragraph, null)));
            }
        }
        return placed;
    }

    /** The problems by field, each list in the order of the lines. */
    public static Map<FieldRef, List<Placed>> byField(List<Placed> placed) {
        Map<FieldRef, List<Placed>> byField = new LinkedHashMap<>();
        placed.stream().filter(problem -> problem.field() != null)
                .forEach(problem -> byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(problem));
        return byField;
    }

    /** The field whose lines hold this line of the file: the innermost, so an option's text before its step. */
    private @Nullable FieldRef field(String file, int line) {
        return lines.getOrDefault(file, List.of()).stream().filter(lines -> lines.holds(line))
                .min(Comparator.comparingInt(FieldLines::size)).map(FieldLines::field).orElse(null);
    }

    private java.util.Optional<FieldRef> quotedParagraph(String id) {
        for (FilePart<?> part : parts.values()) {
            if (part.form() instanceof ReadingForm reading) {
                return reading.paragraphs().stream().filter(block -> block.id.equals(id)).findFirst()
                        .map(block -> new FieldRef(block, "text"));
            }
        }
        return java.util.Optional.empty();
    }

    /** A problem's file relative to the course folder: the checker names it under the course key. */
    private String inCourse(Path file) {
        Path relative = file.getNameCount() > 1 && file.getName(0).toString().equals(draft.key())
                ? file.subpath(1, file.getNameCount()) : file;
        return relative.toString().replace('\\', '/');
    }
}
