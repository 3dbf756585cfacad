package org.colloquy.content.load;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reading YAML files as node trees, which keep the line of every value. */
final class YamlNodes {

    private YamlNodes() {
    }

    /** The document of a YAML file; reports an unreadable, empty or malformed file. */
    static Optional<Node> read(SourceFile file) {
        return file.readText().flatMap(text -> compose(text, file));
    }

    private static Optional<Node> compose(String text, SourceFile file) {
        try {
            var document = new Yaml().compose(new StringReader(text));
            if (document == null || isNull(document)) {
                file.report(1, "file is empty");
                return Optional.empty();
            }
            return Optional.of(document);
        } catch (MarkedYAMLException e) {
            file.report(lineOf(e), "malformed YAML: " + describe(e));
        } catch (YAMLException e) {
            file.report(1, "malformed YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static int lineOf(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? 1 : mark.getLine() + 1;
    }

    private static String describe(MarkedYAMLException e) {
        var problem = e.getProblem() == null ? "unexpected content" : e.getProblem();
        return e.getContext() == null ? problem : e.getContext() + ", " + problem;
    }

    /** The 1-based line a node starts on. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** How a node of the wrong type is named in a message. */
    static String typeOf(Node node) {
        return switch (node) {
            case MappingNode ignored -> "a mapping";
            case SequenceNode ignored -> "a list";
            case ScalarNode scalar when isNull(scalar) -> "nothing";
            case ScalarNode scalar -> "\"" + scalar.getValue() + "\"";
            default -> "a " + node.getNodeId();
        };
    }
}
