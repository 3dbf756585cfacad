package org.colloquy.content.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.CheckStep;
import org.colloquy.content.CitedReading;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.PositionStep;
import org.colloquy.content.Prose;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;

/**
 * Reads one step of a lesson by its kind. A position after-step comes back with an empty claim; the
 * {@link LessonParser} copies in the claim of the step it repeats.
 */
final class StepParser {

    private enum Kind {
        READ(List.of("key", "kind", "title", "text", "cites")),
        CHECK(List.of("key", "kind", "question", "cites", "multiple", "options")),
        RESPOND(List.of("key", "kind", "prompt", "guidance", "cites", "minWords", "maxWords", "rubric")),
        POSITION(List.of("key", "kind", "moment", "claim", "repeats", "cites")),
        DISCUSS(List.of("key", "kind", "prompt", "cites", "anonymity")),
        ARGUE(List.of("key", "kind", "claim", "guidance", "cites"));

        private final List<String> fields;

        Kind(List<String> fields) {
            this.fields = fields;
        }
    }

    private static final List<String> OPTION_FIELDS = List.of("key", "text", "correct", "feedback");

    private final SourceFile file;
    private final @Nullable CitedReading reading;
    private final ProseParser prose;

    StepParser(SourceFile file, @Nullable CitedReading reading) {
        this.file = file;
        this.reading = reading;
        this.prose = new ProseParser(file, reading);
    }

    /** The step; empty if its kind is missing or unknown. */
    Optional<Step> parse(YamlMapping step, String key) {
        return step.requiredEnum("kind", Kind.class).map(kind -> {
            step.allowOnly(kind.fields);
            var cites = cites(step, kind);
            return switch (kind) {
                case READ -> new ReadStep(key, step.requiredText("title"), requiredProse(step, "text"), cites);
                case CHECK -> check(step, key, cites);
                case RESPOND -> respond(step, key, cites);
                case POSITION -> position(step, key, cites);
                case DISCUSS -> new DiscussStep(key, requiredProse(step, "prompt"), cites,
                        step.optionalEnum("anonymity", DiscussStep.Anonymity.class, DiscussStep.Anonymity.NAMED));
                case ARGUE -> new ArgueStep(key, requiredProse(step, "claim"), optionalProse(step, "guidance"), cites);
            };
        });
    }

    private List<String> cites(YamlMapping step, Kind kind) {
        var cites = step.requiredTextList("cites", true);
        if (cites.isEmpty() && kind != Kind.POSITION && step.has("cites")) {
            file.report(step.lineOf("cites"), step.name() + " must cite at least one paragraph"
                    + " (only position steps may have empty cites)");
        }
        for (ScalarNode cite : cites) {
            if (reading != null && !reading.has(cite.getValue())) {
                file.report(cite, step.name() + " cites paragraph \"" + cite.getValue() + "\", which is not in "
                        + reading.fileName());
            }
        }
        return cites.stream().map(ScalarNode::getValue).toList();
    }

    private Prose requiredProse(YamlMapping mapping, String field) {
        return mapping.requiredScalar(field).map(text -> prose(mapping, field, text)).orElse(Prose.of(""));
    }

    private @Nullable Prose optionalProse(YamlMapping mapping, String field) {
        return mapping.optionalScalar(field).map(text -> prose(mapping, field, text)).orElse(null);
    }

    private Prose prose(YamlMapping mapping, String field, ScalarNode text) {
        if (text.getValue().isBlank()) {
            file.report(text, field + " in " + mapping.name() + " must not be empty");
        }
        return prose.parse(text, mapping.name());
    }

    private CheckStep check(YamlMapping step, String key, List<String> cites) {
        var multiple = step.optionalBoolean("multiple", false);
        var optionNodes = step.requiredList("options", true);
        List<CheckStep.Option> options = new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (Node node : optionNodes) {
            YamlMapping.of(node, "option of " + step.name(), file).ifPresent(option -> {
                var optionKey = option.requiredKey("key");
                var firstLine = keyLines.putIfAbsent(optionKey, option.lineOf("key"));
                if (firstLine != null && !optionKey.isEmpty()) {
                    file.report(option.lineOf("key"), "duplicate option key \"" + optionKey + "\" in "
                            + step.name() + " (first at line " + firstLine + ")");
                }
                options.add(option(option.named("option \"" + optionKey + "\" of " + step.name()), optionKey));
            });
        }
        if (step.has("options")) {
            checkChoices(step, optionNodes.size(), options, multiple);
        }
        return new CheckStep(key, requiredProse(step, "question"), cites, multiple, options);
    }

    private CheckStep.Option option(YamlMapping option, String key) {
        option.allowOnly(OPTION_FIELDS);
        return new CheckStep.Option(key, option.requiredText("text"), option.optionalBoolean("correct", false),
                requiredProse(option, "feedback"));
    }

    private void checkChoices(YamlMapping step, int optionCount, List<CheckStep.Option> options, boolean multiple) {
        int line = step.lineOf("options");
        long correct = options.stream().filter(CheckStep.Option::correct).count();
        if (optionCount < 2) {
            file.report(line, step.name() + " needs at least two options, has " + optionCount);
        } else if (correct == 0) {
            file.report(line, step.name() + " has no correct option: mark one with correct: true");
        } else if (correct > 1 && !multiple) {
            file.report(line, step.name() + " has " + correct + " correct options: mark only one,"
                    + " or set multiple: true");
        }
    }

    private RespondStep respond(YamlMapping step, String key, List<String> cites) {
        int minWords = step.optionalInt("minWords", 0);
        int maxWords = step.optionalInt("maxWords", RespondStep.DEFAULT_MAX_WORDS);
        if (minWords < 0) {
            file.report(step.lineOf("minWords"), "minWords must not be negative, is " + minWords);
        }
        if (maxWords < 0) {
            file.report(step.lineOf("maxWords"), "maxWords must not be negative, is " + maxWords);
        }
        if (minWords > maxWords && maxWords >= 0) {
            file.report(step.lineOf("minWords"),
                    "minWords (" + minWords + ") is greater than maxWords (" + maxWords + ")");
        }
        var rubric = step.optionalMapping("rubric", "rubric of " + step.name())
                .map(mapping -> new RubricParser(file).parse(mapping))
                .orElse(null);
        return new RespondStep(key, requiredProse(step, "prompt"), optionalProse(step, "guidance"), cites,
                minWords, maxWords, rubric);
    }

    private PositionStep position(YamlMapping step, String key, List<String> cites) {
        var moment = step.requiredEnum("moment", PositionStep.Moment.class);
        if (moment.isEmpty()) {
            return new PositionStep(key, PositionStep.Moment.BEFORE, Prose.of(""), cites, null);
        }
        return switch (moment.get()) {
            case BEFORE -> {
                if (step.has("repeats")) {
                    file.report(step.lineOf("repeats"), step.name() + " has moment: before, so it repeats nothing;"
                            + " remove repeats");
                }
                yield new PositionStep(key, PositionStep.Moment.BEFORE, requiredProse(step, "claim"), cites, null);
            }
            case AFTER -> {
                if (step.has("claim")) {
                    file.report(step.lineOf("claim"), step.name() + " has moment: after and takes its claim from"
                            + " the step it repeats; remove claim");
                }
                yield new PositionStep(key, PositionStep.Moment.AFTER, Prose.of(""), cites, repeats(step));
            }
        };
    }

    private @Nullable String repeats(YamlMapping step) {
        if (!step.has("repeats")) {
            file.report(step.line(), step.name() + " has moment: after, so it must name the earlier"
                    + " moment: before step in repeats");
            return null;
        }
        return step.requiredKey("repeats");
    }
}
