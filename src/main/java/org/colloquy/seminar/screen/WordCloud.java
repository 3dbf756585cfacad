package org.colloquy.seminar.screen;

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
 * The words of short answers, counted: common English and Russian words left out, the most frequent first, each with
 * a size step from 1 (once) to 5 (as often as the most frequent word). Case is folded (Cyrillic too). Chinese has no
 * spaces: a run of Chinese characters is cut at common particles (的, 和, 是…) and punctuation, and each piece gives
 * its two-character words (bigrams), which is how most Chinese words are written. The words are plain text to be
 * shown as text.
 */
public final class WordCloud {

    public record Word(String text, int count, int size) {
    }

    static final int MOST_WORDS = 40;
    static final int SIZES = 5;

    private static final Pattern WORD = Pattern.compile(
            "\\p{IsHan}+|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+(?:['’-][\\p{L}\\p{N}&&[^\\p{IsHan}]]+)*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** Particles, pronouns and connectives that join Chinese words; a run of characters is cut at each. */
    private static final Pattern CHINESE_JOINERS = Pattern.compile("[的了和是在也与及而就都我你他她它们这那有不很对把被让从到但并或等之吗呢吧啊]");

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
            "i'm", "don't", "doesn't", "isn't", "can't", "won't", "think", "really", "get", "got",
            "и", "в", "во", "не", "на", "что", "с", "со", "это", "как", "по", "но", "к", "ко", "из", "а", "о", "об",
            "у", "за", "от", "то", "же", "для", "бы", "так", "его", "её", "ее", "она", "он", "оно", "они", "мы", "вы",
            "я", "их", "все", "всё", "был", "была", "было", "были", "быть", "есть", "уже", "или", "ещё", "еще",
            "только", "при", "до", "после", "когда", "очень", "тоже", "чем", "где", "там", "тут", "мне", "нас", "вас",
            "да", "нет", "ли", "если", "потому", "чтобы", "этот", "эта", "эти", "этого", "этой", "том", "тем", "той",
            "также", "между", "через", "без", "под", "над", "про");

    private WordCloud() {
    }

    public static List<Word> of(List<String> answers) {
        Map<String, Integer> counts = new HashMap<>();
        for (String answer : answers) {
            Matcher words = WORD.matcher(answer.toLowerCase(Locale.ROOT));
            while (words.find()) {
                for (String word : wordsOf(words.group().replace('’', '\''))) {
                    if (word.length() > 1 && !STOP_WORDS.contains(word)
                            && !word.chars().allMatch(Character::isDigit)) {
                        counts.merge(word, 1, Integer::sum);
                    }
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

    /** A word as it is, or a run of Chinese characters as its two-character words between the joiners. */
    static List<String> wordsOf(String token) {
        if (!HAN.matcher(token).matches()) {
            return List.of(token);
        }
        List<String> words = new ArrayList<>();
        for (String piece : CHINESE_JOINERS.split(token)) {
            int[] characters = piece.codePoints().toArray();
            for (int i = 0; i + 1 < characters.length; i++) {
                words.add(new String(characters, i, 2));
            }
        }
        return words;
    }

    private static int size(int count, int most) {
        if (most <= 1) {
            return 1;
        }
        return 1 + (int) Math.round((SIZES - 1) * (count - 1) / (double) (most - 1));
    }
}
