package org.colloquy.studio.questions;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.content.Sentences;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;

/**
 * THE SIMPLE VERSION, written so the drafter and its command compile and run: it finds only explicit questions
 * (sentences ending in {@code ?} or {@code ？}, split by {@link Sentences}). The finder of the other half of issue
 * #14 (ICU4J sentences, implied questions in English, Chinese and Russian) replaces this class whole.
 */
public final class QuestionFinder {

    public List<OpenQuestion> find(Essay essay) {
        List<OpenQuestion> questions = new ArrayList<>();
        for (EssayParagraph paragraph : essay.paragraphs()) {
            List<String> sentences = Sentences.split(paragraph.text());
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                if (sentence.matches("(?s).*[?？][\\s\"”’»)]*")) {
                    questions.add(new OpenQuestion(paragraph.number(), i + 1, sentence, OpenQuestion.Kind.EXPLICIT,
                            "ends with a question mark"));
                }
            }
        }
        return questions;
    }
}
