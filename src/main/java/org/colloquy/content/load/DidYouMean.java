package org.colloquy.content.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known word a mistyped one was most likely meant to be: close in spelling, or the same but for case. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The candidate nearest to {@code typed}, when it is near enough to be a slip rather than another word. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        int tolerated = Math.max(1, typed.length() / 3);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(typed))
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate.toLowerCase(java.util.Locale.ROOT))))
                .filter(candidate -> distance(lower, candidate.toLowerCase(java.util.Locale.ROOT)) <= tolerated);
    }

    /** A sentence to add to a message about {@code typed}: {@code  (did you mean "x"?)}, or nothing. */
    static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(candidate -> " (did you mean \"" + candidate + "\"?)").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
