package org.colloquy.seminar.screen;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.colloquy.seminar.session.ChoiceCount;

/**
 * What the projector shows beyond the prompt, built like {@link ProjectorState} from approved answers only: the
 * countdown, the one answer in the spotlight, the word cloud of a revealed open prompt, and, for an agree–disagree
 * prompt asked earlier in the session with the same claim, the earlier distribution to compare with.
 */
public record RoomScreen(@Nullable Duration timeLeft, @Nullable String spotlight, List<WordCloud.Word> wordCloud,
                         @Nullable Comparison before) {

    public RoomScreen {
        wordCloud = List.copyOf(wordCloud);
    }

    /** The distribution of the earlier prompt with the same claim. */
    public record Comparison(int promptNumber, List<ChoiceCount> distribution) {

        public Comparison {
            distribution = List.copyOf(distribution);
        }
    }
}
