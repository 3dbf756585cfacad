package org.colloquy.content;

import java.util.List;

public record ReadStep(String key, String title, Prose text, List<String> cites) implements Step {

    public ReadStep {
        cites = List.copyOf(cites);
    }
}
