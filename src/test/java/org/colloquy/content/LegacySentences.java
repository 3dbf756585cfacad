package org.colloquy.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hand-written splitter Colloquy used before ICU (kept as a fixture, decision 0036): every {@code [¶N.S]} citation
 * stored until then counts sentences this way, so the ICU splitter must agree with it over the shipped essays.
 *
 * <p>Splits a paragraph of the reading into sentences, so that a citation can name one ({@code [¶4.2]}). A sentence
 * ends at {@code .}, {@code ?} or {@code !} (with any closing quotes or brackets after it) followed by a space and a
 * capital, a digit or an opening quote — except after initials and abbreviations such as "U.S.", "J." or "e.g.".
 */
final class LegacySentences {

    private static final Pattern INITIALS = Pattern.compile("(?:^|[\\s\\-–—(“\"‘'/])(?:\\p{L}\\.)+$");
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "no.", "vs.",
            "cf.", "etc.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
            "dec.", "gen.", "gov.", "sen.", "rep.", "jr.", "sr.", "inc.", "ltd.", "co.", "corp.", "approx.", "fig.");
    private static final String CLOSERS = "”\"’')]»";
    private static final String OPENERS = "“\"‘'(«[";

    private LegacySentences() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int length = paragraph.length();
        for (int i = 0; i < length; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < length && (CLOSERS.indexOf(paragraph.charAt(end)) >= 0 || paragraph.charAt(end) == '.')) {
                end++;
            }
            if (end < length && !startsNextSentence(paragraph, end)) {
                continue;
            }
            if (c == '.' && end < length && isAbbreviation(paragraph.substring(start, i + 1))) {
                continue;
            }
            add(sentences, paragraph.substring(start, end));
            start = end;
            i = end - 1;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static boolean startsNextSentence(String text, int at) {
        int next = at;
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char first = text.charAt(next);
        return Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0;
    }

    private static boolean isAbbreviation(String upToPeriod) {
        if (INITIALS.matcher(upToPeriod).find()) {
            return true;
        }
        int space = upToPeriod.lastIndexOf(' ');
        String word = upToPeriod.substring(space + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> sentences, String sentence) {
        String clean = sentence.strip();
        if (!clean.isEmpty()) {
            sentences.add(clean);
        }
    }
}
