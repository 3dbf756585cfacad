package org.colloquy.content;

import java.util.List;

public record DiscussStep(String key, Prose prompt, List<String> cites, Anonymity anonymity) implements Step {

    public DiscussStep {
        cites = List.copyOf(cites);
    }

    public enum Anonymity {
        NAMED, ANONYMOUS_TO_PEERS
    }
}
