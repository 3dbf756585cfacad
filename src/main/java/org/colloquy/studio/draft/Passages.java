package org.colloquy.studio.draft;

import java.util.List;
import org.colloquy.content.Sentences;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;

/** What a draft quotes and cites from the essay: paragraph ids, and words that really stand in their paragraph. */
final class Passages {

    private final Essay essay;

    Passages(Essay essay) {
        this.essay = essay;
    }

    static String id(int paragraph) {
        return "p" + paragraph;
    }

    static List<String> ids(List<Integer> paragraphs) {
        return paragraphs.stream().map(Passages::id).toList();
    }

    /**
     * A quotation paragraph of prose ({@code > words [pN]}) with the question's own words when they stand in its
     * paragraph (a teacher may have merged or reworded it), else the sentence it was found in.
     */
    String quotation(OpenQuestion question) {
        return "> " + quotedWords(question) + " [" + id(question.paragraph()) + "]";
    }

    private String quotedWords(OpenQuestion question) {
        String text = paragraph(question.paragraph()).text();
        String words = question.text().strip();
        if (!words.isEmpty() && text.contains(words)) {
            return words;
        }
        List<String> sentences = Sentences.split(text);
        int sentence = question.sentence();
        return sentence >= 1 && sentence <= sentences.size() ? sentences.get(sentence - 1) : sentences.getFirst();
    }

    EssayParagraph paragraph(int number) {
        return essay.paragraphs().get(number - 1);
    }

    boolean has(int paragraph) {
        return paragraph >= 1 && paragraph <= essay.paragraphs().size();
    }
}
