package org.colloquy.studio;

import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;

/**
 * A save or publish of a draft that another page (another tab, a co-author's session) changed since it was opened:
 * refused instead of overwriting, and nothing changed (decision 0042, as decision 0004 for answers).
 */
public final class DraftConflict extends Refusal {

    DraftConflict() {
        super(Text.of("studio.draft.conflict"));
    }
}
