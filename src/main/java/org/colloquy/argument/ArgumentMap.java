package org.colloquy.argument;

import java.util.List;
import org.colloquy.content.ArgueStep;
import org.jspecify.annotations.Nullable;

/** The class's map of one claim: reasons for and against, each with its citations and classmates' verdicts. */
public record ArgumentMap(ArgueStep step, List<ReasonView> reasons) {

    public record ReasonView(long id, String author, boolean mine, Side side, String body, List<String> cites,
                             int supports, int challenges, @Nullable Stance myStance) {
    }

    public List<ReasonView> side(Side side) {
        return reasons.stream().filter(reason -> reason.side() == side).toList();
    }
}
