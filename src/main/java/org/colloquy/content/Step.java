package org.colloquy.content;

import java.util.List;

/** One screen of a lesson. Every step cites paragraphs of the reading shown beside it. */
public sealed interface Step permits ReadStep, CheckStep, RespondStep, PositionStep, DiscussStep, ArgueStep {

    String key();

    List<String> cites();

    /** Whether a student's answer is stored for this step. */
    default boolean expectsAnswer() {
        return !(this instanceof ReadStep) && !(this instanceof ArgueStep);
    }
}
