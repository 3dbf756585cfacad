package org.colloquy.content;

import java.util.List;
import java.util.Optional;

/** Multiple choice with feedback for each option. */
public record CheckStep(String key, Prose question, List<String> cites, boolean multiple, List<Option> options)
        implements Step {

    public CheckStep {
        cites = List.copyOf(cites);
        options = List.copyOf(options);
    }

    public record Option(String key, String text, boolean correct, Prose feedback) {
    }

    public Optional<Option> option(String optionKey) {
        return options.stream().filter(option -> option.key().equals(optionKey)).findFirst();
    }
}
