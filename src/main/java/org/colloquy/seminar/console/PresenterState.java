package org.colloquy.seminar.console;

import org.colloquy.base.i18n.Text;
import java.util.List;
import org.colloquy.content.Reading;
import org.colloquy.seminar.session.SeminarPrompt;

/** Everything the presenter console shows: the prompts, what is on screen, and every answer with its author. */
public record PresenterState(long sessionId, String joinCode, Text lessonTitle, Reading reading,
                             List<SeminarPrompt> prompts, int currentIndex, boolean promptOpen, boolean revealed,
                             boolean closed, List<LiveAnswer> answers) {

    public PresenterState {
        prompts = List.copyOf(prompts);
        answers = List.copyOf(answers);
    }

    public SeminarPrompt current() {
        return prompts.get(currentIndex);
    }

    public boolean isFirst() {
        return currentIndex == 0;
    }

    public boolean isLast() {
        return currentIndex == prompts.size() - 1;
    }
}
