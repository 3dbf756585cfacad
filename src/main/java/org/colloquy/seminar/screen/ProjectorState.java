package org.colloquy.seminar.screen;

import java.util.List;
import org.colloquy.content.Reading;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.SeminarPrompt;

/**
 * What the projector may show, and nothing more: no names, no answer text before the leader approved it and
 * revealed the prompt. {@code approvedAnswers} and {@code distribution} are empty until then.
 */
public record ProjectorState(String joinCode, Reading reading, SeminarPrompt prompt, int promptCount,
                             int answerCount, boolean promptOpen, boolean revealed, boolean closed,
                             List<String> approvedAnswers, List<ChoiceCount> distribution) {

    public ProjectorState {
        approvedAnswers = List.copyOf(approvedAnswers);
        distribution = List.copyOf(distribution);
    }
}
