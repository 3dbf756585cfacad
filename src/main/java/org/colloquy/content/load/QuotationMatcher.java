package org.colloquy.content.load;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether quoted words really appear in a paragraph, ignoring case, whitespace and quote style.
 * An ellipsis ("…" or "...") in the quotation stands for omitted words: the fragments around it must
 * appear in order.
 */
final class QuotationMatcher {

    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\s*\\.\\s*\\.");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"'‘’‚‛“”„‟«»‹›′″`´]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2009\\u202F]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");

    private QuotationMatcher() {
    }

    static boolean appearsIn(String quotation, String paragraph) {
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
                return false;
            }
            from = at + words.length();
            matchedAny = true;
        }
        return matchedAny;
    }

    static String normalise(String text) {
        var withoutQuotes = QUOTE_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return WHITESPACE.matcher(withoutQuotes).replaceAll(" ").strip();
    }
}
