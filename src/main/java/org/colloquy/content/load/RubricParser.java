package org.colloquy.content.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.colloquy.content.Rubric;

/** Reads a respond step's rubric: criteria, each with at least two levels of strictly increasing score. */
final class RubricParser {

    private final SourceFile file;

    RubricParser(SourceFile file) {
        this.file = file;
    }

    Rubric parse(YamlMapping rubric) {
        rubric.allowOnly(List.of("criteria"));
        List<Rubric.Criterion> criteria = new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (Node node : rubric.requiredList("criteria", false)) {
            YamlMapping.of(node, "criterion of " + rubric.name(), file).ifPresent(mapping -> {
                var key = mapping.requiredKey("key");
                var firstLine = keyLines.putIfAbsent(key, mapping.lineOf("key"));
                if (firstLine != null && !key.isEmpty()) {
                    file.report(mapping.lineOf("key"), "duplicate criterion key \"" + key + "\" in "
                            + rubric.name() + " (first at line " + firstLine + ")");
                }
                criteria.add(criterion(mapping.named("criterion \"" + key + "\""), key));
            });
        }
        return new Rubric(criteria);
    }

    private Rubric.Criterion criterion(YamlMapping criterion, String key) {
        criterion.allowOnly(List.of("key", "title", "levels"));
        var title = criterion.requiredText("title");
        var levelNodes = criterion.requiredList("levels", true);
        if (criterion.has("levels") && levelNodes.size() < 2) {
            file.report(criterion.lineOf("levels"), criterion.name() + " needs at least two levels, has "
                    + levelNodes.size());
        }
        List<Rubric.Level> levels = new ArrayList<>();
        Optional<Integer> previousScore = Optional.empty();
        for (Node node : levelNodes) {
            var level = YamlMapping.of(node, "level of " + criterion.name(), file);
            if (level.isEmpty()) {
                continue;
            }
            level.get().allowOnly(List.of("score", "label", "description"));
            var score = level.get().requiredInt("score");
            if (score.isPresent() && previousScore.isPresent() && score.get() <= previousScore.get()) {
                file.report(level.get().lineOf("score"), "level scores in " + criterion.name()
                        + " must increase strictly, but " + score.get() + " follows " + previousScore.get());
            }
            previousScore = score.isPresent() ? score : previousScore;
            levels.add(new Rubric.Level(score.orElse(0), level.get().requiredText("label"),
                    level.get().requiredText("description")));
        }
        return new Rubric.Criterion(key, title, levels);
    }
}
