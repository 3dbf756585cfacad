package org.colloquy.content;

import java.util.List;
import java.util.Optional;

public record Lesson(String key, String title, String summary, List<String> objectives, List<Step> steps) {

    public Lesson {
        objectives = List.copyOf(objectives);
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String stepKey) {
        return steps.stream().filter(step -> step.key().equals(stepKey)).findFirst();
    }

    public int indexOf(String stepKey) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(stepKey)) {
                return i;
            }
        }
        return -1;
    }
}
