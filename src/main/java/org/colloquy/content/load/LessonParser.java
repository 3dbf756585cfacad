package org.colloquy.content.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.colloquy.content.CitedReading;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.Step;

/** Reads one lesson file: its key, title, summary, objectives and steps. */
final class LessonParser {

    private static final List<String> FIELDS = List.of("key", "title", "summary", "objectives", "steps");

    private final SourceFile file;
    private final StepParser steps;

    private LessonParser(SourceFile file, @Nullable CitedReading reading) {
        this.file = file;
        this.steps = new StepParser(file, reading);
    }

    /** The lesson; empty if the file is not YAML or not a mapping. Citations are checked if {@code reading} is known. */
    static Optional<Lesson> parse(SourceFile file, @Nullable CitedReading reading) {
        var parser = new LessonParser(file, reading);
        return YamlNodes.read(file)
                .flatMap(document -> YamlMapping.of(document, "lesson", file))
                .map(parser::lesson);
    }

    private Lesson lesson(YamlMapping lesson) {
        lesson.allowOnly(FIELDS);
        var key = lesson.requiredKey("key");
        if (!key.isEmpty() && !LessonFileName.belongsTo(file.fileName(), key)) {
            file.report(lesson.lineOf("key"), "lesson key \"" + key + "\" does not match the file name "
                    + file.fileName() + "; name the file " + key + ".yaml or NN-" + key + ".yaml");
        }
        var title = lesson.requiredText("title");
        var summary = lesson.requiredText("summary");
        var objectives = objectives(lesson);
        return new Lesson(key, title, summary, objectives, steps(lesson));
    }

    private List<String> objectives(YamlMapping lesson) {
        List<String> objectives = new ArrayList<>();
        for (ScalarNode objective : lesson.requiredTextList("objectives", false)) {
            if (objective.getValue().isBlank()) {
                file.report(objective, "an objective must not be empty");
            }
            objectives.add(objective.getValue().strip());
        }
        return objectives;
    }

    /** A step as read, with its place in the lesson and the mapping it came from. */
    private record StepEntry(String key, int index, YamlMapping source, Optional<Step> step) {
    }

    private List<Step> steps(YamlMapping lesson) {
        List<StepEntry> entries = new ArrayList<>();
        Map<String, StepEntry> byKey = new HashMap<>();
        for (Node node : lesson.requiredList("steps", false)) {
            YamlMapping.of(node, "step", file).ifPresent(mapping -> {
                var key = mapping.requiredKey("key");
                var named = key.isEmpty() ? mapping : mapping.named("step \"" + key + "\"");
                var entry = new StepEntry(key, entries.size(), named, steps.parse(named, key));
                entries.add(entry);
                var first = key.isEmpty() ? null : byKey.putIfAbsent(key, entry);
                if (first != null) {
                    file.report(named.lineOf("key"), "duplicate step key \"" + key + "\" (first at line "
                            + first.source().lineOf("key") + ")");
                }
            });
        }
        return entries.stream()
                .flatMap(entry -> entry.step().map(step -> withRepeatedClaim(step, entry, byKey)).stream())
                .toList();
    }

    /** An after-step gets the claim of the earlier before-step it repeats; other steps stay as they are. */
    private Step withRepeatedClaim(Step step, StepEntry entry, Map<String, StepEntry> byKey) {
        if (!(step instanceof PositionStep after) || after.moment() != PositionStep.Moment.AFTER
                || after.repeats() == null || after.repeats().isEmpty()) {
            return step;
        }
        var name = entry.source().name();
        var line = entry.source().lineOf("repeats");
        var target = byKey.get(after.repeats());
        if (target == null) {
            file.report(line, name + " repeats \"" + after.repeats() + "\", which is not a step of this lesson");
        } else if (target.index() >= entry.index()) {
            file.report(line, name + " repeats \"" + after.repeats() + "\", which does not come before it;"
                    + " it must repeat an earlier moment: before step");
        } else if (target.step().orElse(null) instanceof PositionStep before
                && before.moment() == PositionStep.Moment.BEFORE) {
            return new PositionStep(after.key(), after.moment(), before.claim(), after.cites(), after.repeats());
        } else if (target.step().isPresent()) {
            file.report(line, name + " repeats \"" + after.repeats() + "\", which is not a position step"
                    + " with moment: before");
        }
        return step;
    }
}
