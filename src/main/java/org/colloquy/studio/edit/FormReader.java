package org.colloquy.studio.edit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a course folder's files into the forms. It takes only what the forms can write back with the same meaning:
 * a file with anything else (a field the format does not know, a list where text belongs, malformed YAML, a line of
 * the reading that is no title, heading or paragraph) is {@link Unreadable} and stays text. Whether the values are
 * right is not its business: the strict check says that, field by field.
 */
final class FormReader {

    private static final List<String> COURSE_FIELDS =
            List.of("key", "title", "summary", "language", "direction", "source", "reading", "lessons");
    private static final List<String> SOURCE_FIELDS = List.of("title", "author", "published", "note");
    private static final List<String> LESSON_FIELDS = List.of("key", "title", "summary", "objectives", "steps");
    private static final Map<StepKind, List<String>> STEP_FIELDS = Map.of(
            StepKind.READ, List.of("key", "kind", "title", "text", "cites"),
            StepKind.CHECK, List.of("key", "kind", "question", "cites", "multiple", "options"),
            StepKind.RESPOND, List.of("key", "kind", "prompt", "guidance", "cites", "minWords", "maxWords", "rubric"),
            StepKind.POSITION, List.of("key", "kind", "moment", "claim", "repeats", "cites"),
            StepKind.DISCUSS, List.of("key", "kind", "prompt", "cites", "anonymity"),
            StepKind.ARGUE, List.of("key", "kind", "claim", "guidance", "cites"));
    private static final Pattern PARAGRAPH = Pattern.compile("\\{#([^}]*)}(.*)");

    private FormReader() {
    }

    /** {@code course.yaml}, and the lesson keys it lists in order. */
    static CourseForm course(String text, List<String> lessonKeys) throws Unreadable {
        Fields course = Fields.of(document(text), "the course", COURSE_FIELDS);
        CourseForm form = new CourseForm();
        form.key = course.text("key");
        form.title = course.text("title");
        form.summary = course.text("summary");
        form.language = course.text("language");
        form.direction = course.text("direction");
        Node sourceNode = course.node("source");
        if (sourceNode != null) {
            Fields source = Fields.of(sourceNode, "source", SOURCE_FIELDS);
            form.sourceTitle = source.text("title");
            form.sourceAuthor = source.text("author");
            form.sourcePublished = source.text("published");
            form.sourceNote = source.text("note");
        }
        form.reading = course.text("reading");
        for (Node lesson : course.list("lessons")) {
            lessonKeys.add(scalar(lesson, "a lesson of the course").getValue());
        }
        return form;
    }

    static LessonForm lesson(String text) throws Unreadable {
        Fields lesson = Fields.of(document(text), "the lesson", LESSON_FIELDS);
        LessonForm form = new LessonForm();
        form.key = lesson.text("key");
        form.title = lesson.text("title");
        form.summary = lesson.text("summary");
        for (Node objective : lesson.list("objectives")) {
            form.objectives.add(scalar(objective, "an objective").getValue().strip());
        }
        for (Node step : lesson.list("steps")) {
            form.steps.add(step(step));
        }
        return form;
    }

    private static StepForm step(Node node) throws Unreadable {
        Fields any = Fields.of(node, "a step", null);
        String kindName = any.text("kind");
        StepKind kind = StepKind.of(kindName).orElseThrow(() -> new Unreadable(line(node),
                "a step of kind \"" + kindName + "\", which is none of read, check, respond, position, discuss, argue"));
        Fields step = Fields.of(node, "step \"" + any.text("key") + "\"", STEP_FIELDS.get(kind));
        StepForm form = new StepForm(kind);
        form.key = step.text("key");
        form.title = step.text("title");
        form.text = step.prose("text");
        form.question = step.prose("question");
        form.multiple = step.bool("multiple");
        for (Node option : step.list("options")) {
            form.options.add(option(option));
        }
        form.prompt = step.prose("prompt");
        form.guidance = step.prose("guidance");
        form.minWords = step.integer("minWords");
        form.maxWords = step.integer("maxWords");
        Node rubric = step.node("rubric");
        if (rubric != null) {
            form.rubric = true;
            for (Node criterion : Fields.of(rubric, "the rubric", List.of("criteria")).list("criteria")) {
                form.criteria.add(criterion(criterion));
            }
        }
        String moment = step.text("moment");
        form.moment = moment.isEmpty() ? StepForm.BEFORE : moment;
        if (!moment.isEmpty() && !moment.equals(StepForm.BEFORE) && !moment.equals(StepForm.AFTER)) {
            throw new Unreadable(line(node), "moment \"" + moment + "\" is neither before nor after");
        }
        form.claim = step.prose("claim");
        form.repeats = step.text("repeats");
        if (kind == StepKind.POSITION && form.moment.equals(StepForm.AFTER) && step.node("claim") != null) {
            throw new Unreadable(line(node), "a claim in a moment: after step, which takes it from the step it repeats");
        }
        if (kind == StepKind.POSITION && form.moment.equals(StepForm.BEFORE) && step.node("repeats") != null) {
            throw new Unreadable(line(node), "repeats in a moment: before step");
        }
        form.anonymity = step.text("anonymity");
        for (Node cite : step.list("cites")) {
            form.cites.add(scalar(cite, "a cited paragraph").getValue());
        }
        return form;
    }

    private static StepForm.Option option(Node node) throws Unreadable {
        Fields option = Fields.of(node, "an option", List.of("key", "text", "correct", "feedback"));
        var form = new StepForm.Option();
        form.key = option.text("key");
        form.text = option.text("text");
        form.correct = option.bool("correct");
        form.feedback = option.prose("feedback");
        return form;
    }

    private static StepForm.Criterion criterion(Node node) throws Unreadable {
        Fields criterion = Fields.of(node, "a criterion", List.of("key", "title", "levels"));
        var form = new StepForm.Criterion();
        form.key = criterion.text("key");
        form.title = criterion.text("title");
        for (Node levelNode : criterion.list("levels")) {
            Fields level = Fields.of(levelNode, "a level", List.of("score", "label", "description"));
            var levelForm = new StepForm.Level();
            levelForm.score = level.integer("score");
            levelForm.label = level.text("label");
            levelForm.description = level.text("description");
            form.levels.add(levelForm);
        }
        return form;
    }

    /** {@code reading.md}: a title line, then headings and paragraphs separated by blank lines. */
    static ReadingForm reading(String text) throws Unreadable {
        ReadingForm form = new ReadingForm();
        List<String> lines = text.lines().toList();
        boolean titled = false;
        List<String> block = new ArrayList<>();
        int blockLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                if (!block.isEmpty()) {
                    Matcher paragraph = PARAGRAPH.matcher(String.join(" ", block));
                    if (!paragraph.matches()) {
                        throw new Unreadable(blockLine, "text that does not start with a paragraph id such as {#p1}");
                    }
                    form.blocks.add(new ReadingForm.Block(false, paragraph.group(1), paragraph.group(2).strip()));
                    block.clear();
                }
                if (line.startsWith("# ") && !titled && form.blocks.isEmpty()) {
                    form.title = line.substring(2).strip();
                    titled = true;
                } else if (line.startsWith("## ") && titled) {
                    form.blocks.add(new ReadingForm.Block(true, "", line.substring(3).strip()));
                } else if (line.startsWith("#")) {
                    throw new Unreadable(number, "a line starting with # that is neither the first '# Title' nor a "
                            + "'## Heading'");
                }
            } else if (!titled) {
                throw new Unreadable(number, "text before the '# Title' line");
            } else {
                if (block.isEmpty()) {
                    blockLine = number;
                } else if (line.startsWith("{#")) {
                    throw new Unreadable(number, "a paragraph not separated from the one before by a blank line");
                }
                block.add(line.strip());
            }
        }
        if (!titled) {
            throw new Unreadable(1, "no '# Title' line");
        }
        return form;
    }

    private static Node document(String text) throws Unreadable {
        try {
            Node document = new Yaml().compose(new StringReader(text));
            if (document == null) {
                throw new Unreadable(1, "an empty file");
            }
            return document;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new Unreadable(line, "malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new Unreadable(1, "malformed YAML: " + e.getMessage());
        }
    }

    private static ScalarNode scalar(Node node, String what) throws Unreadable {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return scalar;
        }
        throw new Unreadable(line(node), what + " that is not text");
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * The paragraphs of a prose value as the loader splits them: in a literal block ({@code |}) by blank lines, with
     * its lines kept; in every other style by each line break left after YAML folded the value.
     */
    static String prose(ScalarNode node) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean literal = node.getScalarStyle() == ScalarStyle.LITERAL;
        for (String raw : node.getValue().split("\n", -1)) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                current.add(line);
            }
            if ((line.isEmpty() || !literal) && !current.isEmpty()) {
                paragraphs.add(String.join("\n", current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(String.join("\n", current));
        }
        return String.join("\n\n", paragraphs);
    }

    /** A mapping's fields by name; refuses duplicates, names that are not text, and fields not in {@code allowed}. */
    private record Fields(Node node, String name, Map<String, Node> values) {

        static Fields of(Node node, String name, @Nullable List<String> allowed) throws Unreadable {
            if (!(node instanceof MappingNode mapping)) {
                throw new Unreadable(line(node), name + " that is not a mapping of fields");
            }
            Map<String, Node> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new Unreadable(line(tuple.getKeyNode()), "a field name in " + name + " that is not text");
                }
                if (allowed != null && !allowed.contains(key.getValue())) {
                    throw new Unreadable(line(key), "field \"" + key.getValue() + "\" in " + name
                            + ", which the forms do not have");
                }
                if (values.put(key.getValue(), tuple.getValueNode()) != null) {
                    throw new Unreadable(line(key), "field \"" + key.getValue() + "\" twice in " + name);
                }
            }
            return new Fields(node, name, values);
        }

        @Nullable Node node(String field) {
            Node value = values.get(field);
            return value == null || value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                    ? null : value;
        }

        String text(String field) throws Unreadable {
            Node value = node(field);
            if (value == null) {
                return "";
            }
            if (value instanceof ScalarNode scalar) {
                return scalar.getValue().strip();
            }
            throw new Unreadable(line(value), field + " in " + name + " is not text");
        }

        String prose(String field) throws Unreadable {
            Node value = node(field);
            if (value == null) {
                return "";
            }
            if (value instanceof ScalarNode scalar) {
                return FormReader.prose(scalar);
            }
            throw new Unreadable(line(value), field + " in " + name + " is not text");
        }

        boolean bool(String field) throws Unreadable {
            Node value = node(field);
            if (value == null) {
                return false;
            }
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return List.of("true", "yes", "on").contains(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
            }
            throw new Unreadable(line(value), field + " in " + name + " is not true or false");
        }

        @Nullable Integer integer(String field) throws Unreadable {
            Node value = node(field);
            if (value == null) {
                return null;
            }
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                try {
                    return Integer.parseInt(scalar.getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    // said below
                }
            }
            throw new Unreadable(line(value), field + " in " + name + " is not a whole number");
        }

        List<Node> list(String field) throws Unreadable {
            Node value = node(field);
            if (value == null) {
                return List.of();
            }
            if (value instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            throw new Unreadable(line(value), field + " in " + name + " is not a list");
        }
    }
}
