package org.colloquy.content.load;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether quoted words really appear in a paragraph, ignoring case, whitespace, quote style and dash style
 * ("--", en and em dashes are one dash). An ellipsis ("…" or "...") in the quotation stands for omitted words: the
 * fragments around it must appear in order. When they do not, it says where the nearest passage first differs.
 */
final class QuotationMatcher {

    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\s*\\.\\s*\\.");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"'‘’‚‛“”„‟«»‹›′″`´]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u0085\\u00A0\\u2009\\u202F\\u2028\\u2029]+");
    private static final Pattern DASHES = Pattern.compile("\\s*(?:-{2,}|[‒–—―])\\s*");
    private static final int CONTEXT = 30;
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");

    private QuotationMatcher() {
    }

    static boolean appearsIn(String quotation, String paragraph) {
        return mismatch(quotation, paragraph).isEmpty();
    }

    /**
     * Empty when the quotation appears in the paragraph; otherwise where the passage that comes nearest first differs
     * from it, for an author to find the slip (compared after normalising, so in lower case).
     */
    static Optional<String> mismatch(String quotation, String paragraph) {
        var text = normalise(paragraph);
        int from = 0;
        boolean matchedAny = false;
        for (String fragment : ELLIPSIS.split(quotation)) {
            var words = EDGE_PUNCTUATION.matcher(normalise(fragment)).replaceAll("");
            if (words.isEmpty()) {
                continue;
            }
            int at = text.indexOf(words, from);
            if (at < 0) {
                return Optional.of(nearest(words, text, from));
            }
            from = at + words.length();
            matchedAny = true;
        }
        return matchedAny ? Optional.empty() : Optional.of("it has no words to look for");
    }

    /** The longest start of the words that the text holds, and the first character after it that differs. */
    private static String nearest(String words, String text, int from) {
        int longest = 0;
        int at = -1;
        for (int length = 1; length <= words.length(); length++) {
            int found = text.indexOf(words.substring(0, length), from);
            if (found < 0) {
                break;
            }
            longest = length;
            at = found;
        }
        if (at < 0) {
            return "its first character \"" + words.charAt(0) + "\" is nowhere in the rest of the paragraph";
        }
        int differs = at + longest;
        String passage = text.substring(Math.max(0, at - CONTEXT), Math.min(text.length(), differs + CONTEXT));
        String paragraphHas = differs < text.length() ? "\"" + text.charAt(differs) + "\"" : "the paragraph's end";
        return "the nearest passage is \"" + passage + "\", which differs at character " + (longest + 1)
                + " of the quoted words: the quotation has \"" + words.charAt(longest) + "\" where the paragraph has "
                + paragraphHas;
    }

    static String normalise(String text) {
        var withoutQuotes = QUOTE_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        var oneDash = DASHES.matcher(withoutQuotes).replaceAll("—");
        return WHITESPACE.matcher(oneDash).replaceAll(" ").strip();
    }
}
