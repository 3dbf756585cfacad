package org.colloquy.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim from the reading for which the class builds an argument map: reasons for and against, each citing the
 * reading, which classmates support or challenge.
 */
public record ArgueStep(String key, Prose claim, @Nullable Prose guidance, List<String> cites) implements Step {

    public ArgueStep {
        cites = List.copyOf(cites);
    }
}
