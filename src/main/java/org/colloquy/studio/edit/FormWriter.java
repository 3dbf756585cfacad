package org.colloquy.studio.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.colloquy.content.ContentKeys;
import org.colloquy.studio.draft.YamlText;
import org.jspecify.annotations.Nullable;

/**
 * Writes the forms back as the files of a course folder in the drafter's style ({@link YamlText}: text quoted, prose
 * a literal block where that keeps every character), noting the lines each field wrote. Every required field is
 * written even when empty, so the strict check names the field ("title in step … must not be empty") rather than the
 * step.
 */
final class FormWriter {

    private static final String STEP = "  ";
    private static final String FIELD = "    ";
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private final YamlText yaml = new YamlText();
    private final List<FieldLines> lines = new ArrayList<>();

    /** The text written, and the lines of each field. */
    record Text(String text, List<FieldLines> lines) {
    }

    private Text done() {
        return new Text(yaml.toString(), List.copyOf(lines));
    }

    private interface Writing {
        void write();
    }

    /** Runs the writing and notes the lines it wrote as the field's. */
    private void field(Object owner, String field, Writing writing) {
        int from = yaml.lines() + 1;
        writing.write();
        if (yaml.lines() >= from) {
            lines.add(new FieldLines(from, yaml.lines(), new FieldRef(owner, field)));
        }
    }

    static Text course(CourseForm course, List<String> lessonKeys, List<Object> lessonOwners) {
        var writer = new FormWriter();
        var yaml = writer.yaml;
        writer.field(course, "key", () -> yaml.string("", "key", course.key));
        writer.field(course, "title", () -> yaml.string("", "title", course.title));
        writer.field(course, "summary", () -> yaml.string("", "summary", course.summary));
        writer.field(course, "language", () -> writer.word("", "language", course.language, false));
        writer.field(course, "direction", () -> writer.word("", "direction", course.direction, false));
        writer.field(course, "source", () -> yaml.line("source:"));
        writer.field(course, "sourceTitle", () -> yaml.string("  ", "title", course.sourceTitle));
        writer.field(course, "sourceAuthor", () -> yaml.string("  ", "author", course.sourceAuthor));
        writer.field(course, "sourcePublished", () -> writer.optional("  ", "published", course.sourcePublished));
        writer.field(course, "sourceNote", () -> writer.optional("  ", "note", course.sourceNote));
        writer.field(course, "reading", () -> yaml.string("", "reading", course.reading));
        writer.field(course, "lessons", () -> yaml.line(lessonKeys.isEmpty() ? "lessons: []" : "lessons:"));
        for (int i = 0; i < lessonKeys.size(); i++) {
            String key = lessonKeys.get(i);
            writer.field(lessonOwners.get(i), "key", () -> yaml.line("  - " + YamlText.quoted(key)));
        }
        return writer.done();
    }

    static Text reading(ReadingForm reading) {
        var writer = new FormWriter();
        writer.field(reading, "title", () -> writer.yaml.line("# " + oneLine(reading.title)).line(""));
        for (ReadingForm.Block block : reading.blocks) {
            writer.field(block, "text", () -> writer.yaml.line(block.heading ? "## " + oneLine(block.text)
                    : ("{#" + block.id + "} " + oneLine(block.text)).strip()));
            writer.yaml.line("");
        }
        return writer.done();
    }

    static Text lesson(LessonForm lesson) {
        var writer = new FormWriter();
        var yaml = writer.yaml;
        writer.field(lesson, "key", () -> yaml.string("", "key", lesson.key));
        writer.field(lesson, "title", () -> yaml.string("", "title", lesson.title));
        writer.field(lesson, "summary", () -> yaml.string("", "summary", lesson.summary));
        writer.field(lesson, "objectives", () -> {
            if (lesson.objectives.isEmpty()) {
                yaml.line("objectives: []");
            } else {
                yaml.strings("", "objectives", lesson.objectives);
            }
        });
        writer.field(lesson, "steps", () -> yaml.line(lesson.steps.isEmpty() ? "steps: []" : "steps:"));
        for (StepForm step : lesson.steps) {
            yaml.line("");
            writer.field(step, "step", () -> writer.step(step));
        }
        return writer.done();
    }

    private void step(StepForm step) {
        field(step, "key", () -> yaml.line(STEP + "- key: " + YamlText.quoted(step.key)));
        field(step, "kind", () -> yaml.plain(FIELD, "kind", step.kind.spelling()));
        switch (step.kind) {
            case READ -> {
                field(step, "title", () -> yaml.string(FIELD, "title", step.title));
                prose(step, "text", step.text);
                cites(step);
            }
            case CHECK -> {
                prose(step, "question", step.question);
                cites(step);
                if (step.multiple) {
                    field(step, "multiple", () -> yaml.plain(FIELD, "multiple", true));
                }
                options(step);
            }
            case RESPOND -> {
                prose(step, "prompt", step.prompt);
                optionalProse(step, "guidance", step.guidance);
                cites(step);
                number(step, "minWords", step.minWords, FIELD);
                number(step, "maxWords", step.maxWords, FIELD);
                if (step.rubric) {
                    rubric(step);
                }
            }
            case POSITION -> {
                field(step, "moment", () -> word(FIELD, "moment", step.moment, true));
                if (step.moment.equals(StepForm.AFTER)) {
                    field(step, "repeats", () -> yaml.string(FIELD, "repeats", step.repeats));
                } else {
                    prose(step, "claim", step.claim);
                }
                cites(step);
            }
            case DISCUSS -> {
                prose(step, "prompt", step.prompt);
                cites(step);
                field(step, "anonymity", () -> word(FIELD, "anonymity", step.anonymity, false));
            }
            case ARGUE -> {
                prose(step, "claim", step.claim);
                optionalProse(step, "guidance", step.guidance);
                cites(step);
            }
        }
    }

    private void options(StepForm step) {
        field(step, "options", () -> yaml.line(FIELD + (step.options.isEmpty() ? "options: []" : "options:")));
        String indent = FIELD + "    ";
        for (StepForm.Option option : step.options) {
            field(option, "option", () -> {
                field(option, "key", () -> yaml.line(FIELD + "  - key: " + YamlText.quoted(option.key)));
                field(option, "text", () -> yaml.string(indent, "text", option.text));
                if (option.correct) {
                    field(option, "correct", () -> yaml.plain(indent, "correct", true));
                }
                field(option, "feedback", () -> yaml.prose(indent, "feedback", paragraphs(option.feedback)));
            });
        }
    }

    private void rubric(StepForm step) {
        field(step, "rubric", () -> yaml.line(FIELD + "rubric:")
                .line(FIELD + (step.criteria.isEmpty() ? "  criteria: []" : "  criteria:")));
        String indent = FIELD + "      ";
        for (StepForm.Criterion criterion : step.criteria) {
            field(criterion, "criterion", () -> {
                field(criterion, "key", () -> yaml.line(FIELD + "    - key: " + YamlText.quoted(criterion.key)));
                field(criterion, "title", () -> yaml.string(indent, "title", criterion.title));
                field(criterion, "levels", () -> yaml.line(indent + (criterion.levels.isEmpty() ? "levels: []"
                        : "levels:")));
                for (StepForm.Level level : criterion.levels) {
                    field(level, "level", () -> {
                        field(level, "score", () -> yaml.line(indent + "  - score: "
                                + (level.score == null ? "\"\"" : level.score)));
                        field(level, "label", () -> yaml.string(indent + "    ", "label", level.label));
                        field(level, "description", () -> yaml.string(indent + "    ", "description",
                                level.description));
                    });
                }
            });
        }
    }

    private void cites(StepForm step) {
        field(step, "cites", () -> {
            if (step.cites.stream().allMatch(ContentKeys::isValid)) {
                yaml.keys(FIELD, "cites", step.cites);
            } else {
                yaml.line(FIELD + "cites: [" + String.join(", ", step.cites.stream().map(YamlText::quoted)
                        .toList()) + "]");
            }
        });
    }

    private void number(Object owner, String name, @Nullable Integer value, String indent) {
        if (value != null) {
            field(owner, name, () -> yaml.plain(indent, name, value));
        }
    }

    private void prose(StepForm step, String name, String text) {
        field(step, name, () -> yaml.prose(FIELD, name, paragraphs(text)));
    }

    private void optionalProse(StepForm step, String name, String text) {
        if (!text.isBlank()) {
            prose(step, name, text);
        }
    }

    private void optional(String indent, String name, String value) {
        if (!value.isBlank()) {
            yaml.string(indent, name, value);
        }
    }

    /** An enumerated value such as {@code before} or {@code rtl}: as a plain word when it is one, else quoted. */
    private void word(String indent, String name, String value, boolean required) {
        if (value.isBlank() && !required) {
            return;
        }
        if (WORD.matcher(value).matches()) {
            yaml.plain(indent, name, value);
        } else {
            yaml.string(indent, name, value);
        }
    }

    /**
     * Prose as the paragraphs the loader will find: split at blank lines, each line stripped. Where a literal block
     * cannot keep the text, {@link YamlText} quotes it, and there every line break starts a paragraph: the lines of one
     * paragraph are then joined (a quotation's {@code >} marks with them).
     */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(String.join("\n", current));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(String.join("\n", current));
        }
        if (YamlText.literal(String.join("\n\n", paragraphs))) {
            return paragraphs;
        }
        return List.of(String.join("\n", paragraphs.stream().map(FormWriter::joined).toList()));
    }

    private static String joined(String paragraph) {
        String[] lines = paragraph.split("\n");
        var joined = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[0].startsWith(">") && lines[i].startsWith(">") ? lines[i].substring(1).strip() : lines[i];
            joined.append(' ').append(line);
        }
        return joined.toString();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
