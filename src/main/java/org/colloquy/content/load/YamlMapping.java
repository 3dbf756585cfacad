package org.colloquy.content.load;

import org.colloquy.content.ContentKeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field. Every accessor reports what is wrong (missing, wrong type, bad
 * format) with the line of the offending value and returns a harmless placeholder, so that reading goes
 * on and all problems are found in one pass.
 */
final class YamlMapping {

    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

    private final SourceFile file;
    private final MappingNode node;
    private final String name;
    private final Map<String, ScalarNode> keys;
    private final Map<String, Node> values;

    private YamlMapping(SourceFile file, MappingNode node, String name, Map<String, ScalarNode> keys,
            Map<String, Node> values) {
        this.file = file;
        this.node = node;
        this.name = name;
        this.keys = keys;
        this.values = values;
    }

    /** The node as a mapping named {@code name} in messages; reports duplicate fields, or a node that is no mapping. */
    static Optional<YamlMapping> of(Node node, String name, SourceFile file) {
        if (!(node instanceof MappingNode mapping)) {
            file.report(node, name + " must be a mapping of fields, not " + YamlNodes.typeOf(node));
            return Optional.empty();
        }
        Map<String, ScalarNode> keys = new LinkedHashMap<>();
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                file.report(tuple.getKeyNode(), "field names in " + name + " must be plain text");
                continue;
            }
            var first = keys.putIfAbsent(key.getValue(), key);
            if (first != null) {
                file.report(key, "duplicate field \"" + key.getValue() + "\" in " + name
                        + " (first at line " + YamlNodes.line(first) + ")");
                continue;
            }
            values.put(key.getValue(), tuple.getValueNode());
        }
        return Optional.of(new YamlMapping(file, mapping, name, keys, values));
    }

    /** The same mapping, named differently in later messages (e.g. once a step's key is known). */
    YamlMapping named(String newName) {
        return new YamlMapping(file, node, newName, keys, values);
    }

    String name() {
        return name;
    }

    int line() {
        return YamlNodes.line(node);
    }

    /** The line of a field's name, or of the mapping if the field is absent. */
    int lineOf(String field) {
        var key = keys.get(field);
        return key == null ? line() : YamlNodes.line(key);
    }

    /** Reports every field not in {@code allowed}. */
    void allowOnly(List<String> allowed) {
        keys.forEach((field, key) -> {
            if (!allowed.contains(field)) {
                file.report(key, "unknown field \"" + field + "\" in " + name + DidYouMean.hint(field, allowed)
                        + "; expected one of: " + String.join(", ", allowed));
            }
        });
    }

    boolean has(String field) {
        var value = values.get(field);
        return value != null && !YamlNodes.isNull(value);
    }

    Optional<Node> optional(String field) {
        return has(field) ? Optional.of(values.get(field)) : Optional.empty();
    }

    Optional<Node> required(String field) {
        if (!has(field)) {
            reportMissing(field);
        }
        return optional(field);
    }

    private void reportMissing(String field) {
        if (keys.containsKey(field)) {
            file.report(keys.get(field), field + " in " + name + " must not be empty");
        } else {
            file.report(line(), name + " is missing required field \"" + field + "\"");
        }
    }

    Optional<ScalarNode> requiredScalar(String field) {
        return required(field).flatMap(value -> scalar(field, value));
    }

    Optional<ScalarNode> optionalScalar(String field) {
        return optional(field).flatMap(value -> scalar(field, value));
    }

    private Optional<ScalarNode> scalar(String field, Node value) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar);
        }
        file.report(value, field + " must be text, not " + YamlNodes.typeOf(value));
        return Optional.empty();
    }

    /** A required non-blank text; "" if missing. */
    String requiredText(String field) {
        return requiredScalar(field).map(scalar -> nonBlank(field, scalar)).orElse("");
    }

    @Nullable String optionalText(String field) {
        return optionalScalar(field).map(scalar -> nonBlank(field, scalar)).orElse(null);
    }

    private String nonBlank(String field, ScalarNode scalar) {
        if (scalar.getValue().isBlank()) {
            file.report(scalar, field + " in " + name + " must not be empty");
        }
        return scalar.getValue().strip();
    }

    /** A required key in the stable key format; "" if missing. */
    String requiredKey(String field) {
        return requiredScalar(field).map(scalar -> key(field, scalar)).orElse("");
    }

    private String key(String field, ScalarNode scalar) {
        var key = scalar.getValue();
        if (!ContentKeys.isValid(key)) {
            file.report(scalar, field + " \"" + key + "\" is not a valid key: " + ContentKeys.RULE);
        }
        return key;
    }

    /** A required whole number; empty if missing or not a whole number. */
    Optional<Integer> requiredInt(String field) {
        return required(field).flatMap(value -> integer(field, value));
    }

    int optionalInt(String field, int defaultValue) {
        return optional(field).flatMap(value -> integer(field, value)).orElse(defaultValue);
    }

    private Optional<Integer> integer(String field, Node value) {
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // too large, or written in a base other than ten: reported below
            }
        }
        file.report(value, field + " must be a whole number, not " + YamlNodes.typeOf(value));
        return Optional.empty();
    }

    boolean optionalBoolean(String field, boolean defaultValue) {
        return optional(field).map(value -> {
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return TRUE_WORDS.contains(scalar.getValue().toLowerCase(Locale.ROOT));
            }
            file.report(value, field + " must be true or false, not " + YamlNodes.typeOf(value));
            return defaultValue;
        }).orElse(defaultValue);
    }

    /** A constant of {@code type}, spelled in YAML in lower case with '-' for '_'; empty if missing or unknown. */
    <E extends Enum<E>> Optional<E> requiredEnum(String field, Class<E> type) {
        return requiredScalar(field).flatMap(scalar -> constant(field, scalar, type));
    }

    <E extends Enum<E>> E optionalEnum(String field, Class<E> type, E defaultValue) {
        return optionalScalar(field).flatMap(scalar -> constant(field, scalar, type)).orElse(defaultValue);
    }

    private <E extends Enum<E>> Optional<E> constant(String field, ScalarNode scalar, Class<E> type) {
        var constants = type.getEnumConstants();
        for (E constant : constants) {
            if (spelling(constant).equals(scalar.getValue())) {
                return Optional.of(constant);
            }
        }
        List<String> spellings = Arrays.stream(constants).map(YamlMapping::spelling).toList();
        file.report(scalar, field + " must be one of " + String.join(", ", spellings)
                + ", not \"" + scalar.getValue() + "\"" + DidYouMean.hint(scalar.getValue(), spellings));
        return Optional.empty();
    }

    private static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The items of a required list; reports an empty list unless {@code mayBeEmpty}. */
    List<Node> requiredList(String field, boolean mayBeEmpty) {
        if (!values.containsKey(field)) {
            reportMissing(field);
            return List.of();
        }
        var value = values.get(field);
        List<Node> items;
        if (YamlNodes.isNull(value)) {
            items = List.of();
        } else if (value instanceof SequenceNode sequence) {
            items = sequence.getValue();
        } else {
            file.report(value, field + " must be a list, not " + YamlNodes.typeOf(value));
            return List.of();
        }
        if (items.isEmpty() && !mayBeEmpty) {
            file.report(value, field + " in " + name + " must not be empty");
        }
        return items;
    }

    /** The items of a required list of texts, skipping (and reporting) items that are not text. */
    List<ScalarNode> requiredTextList(String field, boolean mayBeEmpty) {
        List<ScalarNode> texts = new ArrayList<>();
        for (Node item : requiredList(field, mayBeEmpty)) {
            if (item instanceof ScalarNode scalar && !YamlNodes.isNull(scalar)) {
                texts.add(scalar);
            } else {
                file.report(item, "each item of " + field + " must be text, not " + YamlNodes.typeOf(item));
            }
        }
        return texts;
    }

    Optional<YamlMapping> requiredMapping(String field, String mappingName) {
        return required(field).flatMap(value -> of(value, mappingName, file));
    }

    Optional<YamlMapping> optionalMapping(String field, String mappingName) {
        return optional(field).flatMap(value -> of(value, mappingName, file));
    }
}
