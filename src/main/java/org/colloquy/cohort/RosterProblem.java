package org.colloquy.cohort;

import org.colloquy.base.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a roster, where a spreadsheet would show it: {@code row} counts the header as row 1;
 * {@code column} is the column's name, or its number where the column has no usable name, or {@code null} when
 * the problem concerns the whole row or file.
 */
public record RosterProblem(int row, @Nullable String column, Text reason) {

    /** The problem in English, for logs and tests. */
    public String message() {
        return reason.english();
    }

    @Override
    public String toString() {
        return "Row " + row + (column == null ? "" : ", column " + column) + ": " + message();
    }
}
