package org.colloquy.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.colloquy.base.i18n.Text;

/**
 * Citations of the reading inside text a student wrote: {@code [¶3]} names paragraph 3, {@code [¶3.2]} its second
 * sentence (as {@link Sentences} splits it). Finds them, and says which ones point at paragraphs or sentences the
 * reading does not have.
 */
public final class Citations {

    private static final Pattern MARK = Pattern.compile("\\[¶(\\d{1,4})(?:\\.(\\d{1,3}))?]");

    private Citations() {
    }

    /** One citation: a paragraph number, and a sentence number within it when the citation names one. */
    public record Citation(int paragraph, @Nullable Integer sentence) {

        public String mark() {
            return "[¶" + paragraph + (sentence == null ? "" : "." + sentence) + "]";
        }
    }

    /** A citation resolved against the reading: the paragraph, and the cited sentence's text if one is named. */
    public record Cited(Paragraph paragraph, @Nullable Integer sentence, @Nullable String sentenceText) {
    }

    public static String mark(Paragraph paragraph) {
        return "[¶" + paragraph.number() + "]";
    }

    public static String mark(Paragraph paragraph, int sentence) {
        return "[¶" + paragraph.number() + "." + sentence + "]";
    }

    /** Every distinct citation, in order of first appearance. */
    public static List<Citation> citations(String text) {
        List<Citation> found = new ArrayList<>();
        Matcher matcher = MARK.matcher(text);
        while (matcher.find()) {
            Citation citation = new Citation(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? null : Integer.parseInt(matcher.group(2)));
            if (!found.contains(citation)) {
                found.add(citation);
            }
        }
        return found;
    }

    /** The paragraph numbers cited, in order of first appearance. */
    public static List<Integer> cited(String text) {
        return citations(text).stream().map(Citation::paragraph).distinct().toList();
    }

    /** A message for the first citation that names no paragraph, or no sentence, of this reading, if any. */
    public static Optional<Text> problem(String text, Reading reading) {
        int count = reading.paragraphs().size();
        for (Citation citation : citations(text)) {
            int number = citation.paragraph();
            if (number < 1 || number > count) {
                return Optional.of(Text.of("content.citation.no-paragraph", number, count, citation.mark()));
            }
            Integer sentence = citation.sentence();
            if (sentence != null) {
                int sentences = Sentences.split(reading.paragraphs().get(number - 1).text()).size();
                if (sentence < 1 || sentence > sentences) {
                    return Optional.of(Text.of("content.citation.no-sentence", sentence, number, sentences,
                            citation.mark()));
                }
            }
        }
        return Optional.empty();
    }

    /** The cited paragraphs that exist, in order. */
    public static List<Paragraph> paragraphs(String text, Reading reading) {
        return cited(text).stream().filter(number -> number >= 1 && number <= reading.paragraphs().size())
                .map(number -> reading.paragraphs().get(number - 1)).toList();
    }

    /** The citations that name a paragraph (and sentence) the reading has, in order, resolved to their text. */
    public static List<Cited> resolve(String text, Reading reading) {
        List<Cited> resolved = new ArrayList<>();
        for (Citation citation : citations(text)) {
            if (citation.paragraph() < 1 || citation.paragraph() > reading.paragraphs().size()) {
                continue;
            }
            Paragraph paragraph = reading.paragraphs().get(citation.paragraph() - 1);
            Integer sentence = citation.sentence();
            if (sentence == null) {
                resolved.add(new Cited(paragraph, null, null));
                continue;
            }
            List<String> sentences = Sentences.split(paragraph.text());
            if (sentence >= 1 && sentence <= sentences.size()) {
                resolved.add(new Cited(paragraph, sentence, sentences.get(sentence - 1)));
            }
        }
        return resolved;
    }
}
