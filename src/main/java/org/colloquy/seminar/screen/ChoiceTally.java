package org.colloquy.seminar.screen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.SeminarAnswer;
import org.colloquy.seminar.session.SeminarPrompt;

/** How many answers chose each option of a poll or each point of a scale; hidden answers do not count. */
final class ChoiceTally {

    private ChoiceTally() {
    }

    static List<ChoiceCount> of(SeminarPrompt prompt, List<SeminarAnswer> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        prompt.choices().forEach(choice -> counts.put(choice.key(), 0));
        for (SeminarAnswer answer : answers) {
            if (answer.getApproval() != Approval.HIDDEN && answer.getChoice() != null) {
                counts.computeIfPresent(answer.getChoice(), (key, count) -> count + 1);
            }
        }
        return prompt.choices().stream()
                .map(choice -> new ChoiceCount(choice.label(), counts.getOrDefault(choice.key(), 0), choice.point())).toList();
    }
}
