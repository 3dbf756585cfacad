package org.colloquy.studio.edit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references to the reading that name a paragraph by its place rather than by its id (decision 0053): citation
 * marks {@code [¶3]}, {@code [¶3.2]} (paragraph 3, its second sentence) and {@code ¶3}, and the words the drafter
 * writes and a teacher types, "paragraph 3", "paragraphs 3–5", «абзац 3», «абзацы 3–5», 第 3 段, 第 3–5 段. Ids
 * ({@code cites: [p3]}, a quotation's {@code [p3]}) follow their paragraph by themselves; these do not, so when
 * paragraphs are added or removed every such number is rewritten to name the same paragraph. Headings do not count:
 * paragraphs are numbered 1, 2, … in reading order, as {@code content.Paragraph.number()} is.
 */
public final class ParagraphNumbers {

    /** A paragraph number, with the sentence part of a {@code ¶3.2} mark, kept as it is. */
    private static final String NUMBER = "\\d{1,4}(?:\\.\\d{1,3})?";
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(\\d{1,4})(\\.\\d{1,3})?");
    private static final String LIST = NUMBER + "(?:\\s*(?:–|—|-|,|and|or|to|и|или)\\s*" + NUMBER + ")*";
    private static final String ZH_LIST = NUMBER + "(?:\\s*(?:–|—|-|~|～|至|到|、|,|，|和|与|及)\\s*" + NUMBER + ")*";
    /** A mark, the words in English or Russian, or the Chinese frame: the numbers are in the one group that matched. */
    private static final Pattern REFERENCE = Pattern.compile("¶+\\s?(" + LIST + ")(?![\\d.]*\\d)"
            + "|(?iu)(?<![\\p{L}\\p{N}])(?:paragraphs?|абзац\\p{L}{0,3})\\s+(" + LIST + ")(?![\\p{L}\\p{N}])"
            + "|第\\s*(" + ZH_LIST + ")\\s*段");

    /**
     * Words quoted from somebody else, never renumbered: a quotation line ({@code > words [p3]}) and text in
     * typographic quotation marks, within one paragraph (the drafter quotes the essay's sentences in them). Straight
     * quotes are not counted: YAML writes its strings in them.
     */
    private static final Pattern QUOTED = Pattern.compile("(?m)^[ \\t]*>.*$"
            + "|“" + within("”") + "”|«" + within("»") + "»|„" + within("“”") + "[“”]|「" + within("」") + "」|『"
            + within("』") + "』");

    private ParagraphNumbers() {
    }

    /** Any text up to one of {@code closing}, across line breaks but not across a blank line. */
    private static String within(String closing) {
        return "(?:[^" + closing + "\\n]|\\n(?![ \\t]*\\n))*";
    }

    /**
     * Where each paragraph went: its place (from 1) in {@code before} to its place in {@code after}, for every id found
     * in both, when a place changed. Empty when either list names an id twice (the places are then not known).
     */
    public static Map<Integer, Integer> moves(List<String> before, List<String> after) {
        if (new HashSet<>(before).size() != before.size() || new HashSet<>(after).size() != after.size()) {
            return Map.of();
        }
        Map<Integer, Integer> moves = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            int to = after.indexOf(before.get(i));
            if (to >= 0 && to != i) {
                moves.put(i + 1, to + 1);
            }
        }
        return moves;
    }

    /**
     * The text with every paragraph it names by place renamed as {@code moves} says (a number not in it stays); a
     * sentence part ({@code .2}), quoted words and every other character are kept.
     */
    public static String renumber(String text, Map<Integer, Integer> moves) {
        if (moves.isEmpty() || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(text);
        int from = 0;
        while (quoted.find()) {
            out.append(renumberUnquoted(text.substring(from, quoted.start()), moves)).append(quoted.group());
            from = quoted.end();
        }
        return out.append(renumberUnquoted(text.substring(from), moves)).toString();
    }

    private static String renumberUnquoted(String text, Map<Integer, Integer> moves) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int group = numbersGroup(reference);
            String whole = reference.group();
            int start = reference.start(group) - reference.start();
            int end = reference.end(group) - reference.start();
            reference.appendReplacement(out, Matcher.quoteReplacement(
                    whole.substring(0, start) + renumbered(reference.group(group), moves) + whole.substring(end)));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** Whether the text names paragraph {@code number} by its place (alone, in a list, or as the end of a range). */
    public static boolean names(String text, int number) {
        return named(text).contains(number);
    }

    /** Every paragraph number the text names by place. */
    public static Set<Integer> named(String text) {
        Set<Integer> named = new HashSet<>();
        Matcher reference = REFERENCE.matcher(QUOTED.matcher(text).replaceAll(""));
        while (reference.find()) {
            Matcher token = NUMBER_TOKEN.matcher(reference.group(numbersGroup(reference)));
            while (token.find()) {
                named.add(Integer.parseInt(token.group(1)));
            }
        }
        return named;
    }

    private static int numbersGroup(Matcher reference) {
        return reference.group(1) != null ? 1 : reference.group(2) != null ? 2 : 3;
    }

    private static String renumbered(String numbers, Map<Integer, Integer> moves) {
        Matcher token = NUMBER_TOKEN.matcher(numbers);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            int number = Integer.parseInt(token.group(1));
            String sentence = token.group(2) == null ? "" : token.group(2);
            token.appendReplacement(out, moves.getOrDefault(number, number) + sentence);
        }
        token.appendTail(out);
        return out.toString();
    }
}
