package org.colloquy.content;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Splits a paragraph of the reading into sentences, so that a citation can name one ({@code [¶4.2]}). ICU's sentence
 * {@link BreakIterator} for the paragraph's language proposes where sentences end (full stops, question and
 * exclamation marks of every script, {@code 。！？}, closing quotes and brackets after them); two rules then undo a
 * proposed end, so that citations stored before ICU still count the same sentences (decision 0036): after initials
 * and abbreviations such as "U.S.", "J." or "e.g.", and before a word in lower case.
 */
public final class Sentences {

    /** The language of a paragraph whose course does not say: the first course and every stored citation are English. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Pattern INITIALS = Pattern.compile("(?:^|[\\s\\-–—(“\"‘'/«])(?:\\p{L}\\.)+$");
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "no.", "vs.",
            "cf.", "etc.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
            "dec.", "gen.", "gov.", "sen.", "rep.", "jr.", "sr.", "inc.", "ltd.", "co.", "corp.", "approx.", "fig.",
            "т.", "д.", "п.", "г.", "гг.", "им.", "см.", "стр.", "ул.", "проф.", "др.", "пр.", "тыс.", "млн.", "млрд.");
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private Sentences() {
    }

    /** The sentences of an English paragraph, as every stored citation counts them. */
    public static List<String> split(String paragraph) {
        return split(paragraph, DEFAULT_LANGUAGE);
    }

    /** The sentences of a paragraph written in {@code languageTag} ({@code en}, {@code zh}, {@code ru}, …). */
    public static List<String> split(String paragraph, String languageTag) {
        BreakIterator boundaries = (BreakIterator) prototype(languageTag).clone();
        boundaries.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int proposed = boundaries.next(); proposed != BreakIterator.DONE && proposed < paragraph.length();
                proposed = boundaries.next()) {
            int end = beforeOpeningQuotes(paragraph, start, proposed);
            if (end == start || continuesAfter(paragraph.substring(start, end))
                    || startsInLowerCase(paragraph, end) || !endsAtSpace(paragraph, end)) {
                continue;
            }
            add(sentences, paragraph.substring(start, end));
            start = end;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    /** ICU counts “ among closing quotes; in text without spaces (Chinese) it opens the next sentence instead. */
    private static int beforeOpeningQuotes(String text, int start, int end) {
        int cut = end;
        while (cut > start && "“‘「『（《".indexOf(text.charAt(cut - 1)) >= 0) {
            cut--;
        }
        return cut;
    }

    private static BreakIterator prototype(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return PROTOTYPES.computeIfAbsent(language.isEmpty() ? DEFAULT_LANGUAGE : language,
                key -> BreakIterator.getSentenceInstance(new ULocale(key)));
    }

    /** Whether the text so far ends with initials or an abbreviation, which a full stop does not close. */
    private static boolean continuesAfter(String upToBoundary) {
        String sentence = upToBoundary.stripTrailing();
        if (!sentence.endsWith(".")) {
            return false;
        }
        if (INITIALS.matcher(sentence).find()) {
            return true;
        }
        String word = sentence.substring(sentence.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    /** Whether the next word, after spaces and any dash or opening quote, is in lower case ("“Why?” he asked"). */
    private static boolean startsInLowerCase(String text, int at) {
        int next = at;
        while (next < text.length() && (Character.isWhitespace(text.charAt(next))
                || "-–—“\"‘'«(".indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.codePointAt(next));
    }

    /**
     * Whether the proposed end is followed by a space, as in scripts that space their words; scripts that do not
     * (Chinese, Japanese) end a sentence at the full-width mark itself.
     */
    private static boolean endsAtSpace(String text, int at) {
        if (Character.isWhitespace(text.charAt(at - 1))) {
            return true;
        }
        return isFullWidthEnd(closedMark(text, at)) || isUnspacedScript(text.codePointAt(at));
    }

    /** The mark before any closing quotes and brackets that end at {@code at}. */
    private static int closedMark(String text, int at) {
        int index = at;
        while (index > 0 && "”\"’')]»」』）".indexOf(text.charAt(index - 1)) >= 0) {
            index--;
        }
        return index > 0 ? text.codePointBefore(index) : ' ';
    }

    private static boolean isFullWidthEnd(int codePoint) {
        return codePoint == '。' || codePoint == '？' || codePoint == '！' || codePoint == '．';
    }

    private static boolean isUnspacedScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static void add(List<String> sentences, String sentence) {
        String clean = sentence.strip();
        if (!clean.isEmpty()) {
            sentences.add(clean);
        }
    }
}
