package org.colloquy.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.colloquy.content.Prose;
import org.colloquy.content.RespondStep;
import org.junit.jupiter.api.Test;
import org.colloquy.content.Paragraph;
import org.colloquy.content.Reading;

class AnswerRulesTest {

    private static final Reading READING = new Reading("Essay",
            List.of(new Paragraph("p1", 1, null, "The only paragraph.")));

    private final RespondStep step = new RespondStep("r", Prose.of("Why?"), null, List.of("p1"), 3, 5, null);

    @Test
    void an_answer_within_the_word_limits_is_accepted() {
        assertThat(AnswerRules.submissionProblem(step, "one two three four", null, READING)).isEmpty();
    }

    @Test
    void too_few_words_says_how_many_more_are_needed() {
        assertThat(AnswerRules.submissionProblem(step, "one", null, READING).map(SaveOutcome.Refused::message))
                .hasValue("Your answer has 1 word; this prompt asks for at least 3. Add 2 more.");
    }

    @Test
    void a_citation_of_a_paragraph_the_essay_does_not_have_is_refused() {
        assertThat(AnswerRules.submissionProblem(step, "one two three [¶7]", null, READING).map(SaveOutcome.Refused::message))
                .hasValue("Your text cites paragraph 7, but the essay has 1 paragraph. Fix the [¶7] mark.");
        assertThat(AnswerRules.submissionProblem(step, "one two three [¶1]", null, READING)).isEmpty();
    }

    @Test
    void too_many_words_says_how_many_to_remove() {
        assertThat(AnswerRules.submissionProblem(step, "a b c d e f g", null, READING).map(SaveOutcome.Refused::message))
                .hasValue("Your answer has 7 words; this prompt allows at most 5. Remove 2.");
    }
}
