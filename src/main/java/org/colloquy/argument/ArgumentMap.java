package org.colloquy.argument;

import org.colloquy.base.Author;
import java.util.List;
import org.colloquy.content.ArgueStep;
import org.jspecify.annotations.Nullable;

/** The class's map of one claim: reasons for and against, each with its citations and classmates' verdicts. */
public record ArgumentMap(ArgueStep step, List<ReasonView> reasons) {

    public record ReasonView(long id, Author author, boolean mine, Side side, String body, List<String> cites,
                             int supports, int challenges, @Nullable Stance myStance) {
    }

    /** The same map with every author left out, for a screen the whole room sees. */
    public ArgumentMap withoutAuthors() {
        return new ArgumentMap(step, reasons.stream().map(reason -> new ReasonView(reason.id(), Author.nobody(), false,
                reason.side(), reason.body(), reason.cites(), reason.supports(), reason.challenges(), null)).toList());
    }

    public List<ReasonView> side(Side side) {
        return reasons.stream().filter(reason -> reason.side() == side).toList();
    }
}
