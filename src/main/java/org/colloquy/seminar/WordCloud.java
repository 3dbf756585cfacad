package org.colloquy.seminar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of short answers, counted: common English words left out, the most frequent first, each with a size
 * step from 1 (once) to 5 (as often as the most frequent word). The words are plain text to be shown as text.
 */
public final class WordCloud {

    public record Word(String text, int count, int size) {
    }

    static final int MOST_WORDS = 40;
    static final int SIZES = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if",
            "in", "into", "is", "it", "it's", "its", "itself", "just", "like", "many", "may", "me", "might", "more",
            "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
            "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
            "that", "that's", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yes", "you", "your", "yours",
            "i'm", "don't", "doesn't", "isn't", "can't", "won't", "think", "really", "get", "got");

    private WordCloud() {
    }

    public static List<Word> of(List<String> answers) {
        Map<String, Integer> counts = new HashMap<>();
        for (String answer : answers) {
            Matcher words = WORD.matcher(answer.toLowerCase(Locale.ROOT));
            while (words.find()) {
                String word = words.group().replace('’', '\'');
                if (word.length() > 1 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        List<Map.Entry<String, Integer>> kept = ranked.subList(0, Math.min(MOST_WORDS, ranked.size()));
        int most = kept.isEmpty() ? 1 : kept.getFirst().getValue();
        return kept.stream().map(entry -> new Word(entry.getKey(), entry.getValue(), size(entry.getValue(), most)))
                .toList();
    }

    private static int size(int count, int most) {
        if (most <= 1) {
            return 1;
        }
        return 1 + (int) Math.round((SIZES - 1) * (count - 1) / (double) (most - 1));
    }
}
