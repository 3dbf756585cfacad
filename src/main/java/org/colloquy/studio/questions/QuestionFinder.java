package org.colloquy.studio.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.base.i18n.Text;
import org.colloquy.content.Sentences;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;

/**
 * Finds the open questions of an essay, sentence by sentence, numbering sentences as {@code [¶N.S]} citations do:
 * a sentence with a question mark is asked outright; a statement with a cue of the essay's language
 * ({@link ImpliedQuestionCues}) implies one. Each comes with the reason it was picked, in the reader's language.
 * A plain class without state: the studio and the {@code draft-course} command each make one.
 */
public class QuestionFinder {

    /** A question mark at the end, or before words in lower case that go on the sentence ("Why? he asked"). */
    private static final Pattern ASKS = Pattern.compile("[?？][\"'”’»)\\]」』）]*(?:$|\\s*[-–—]*\\s*\\p{Ll})");

    /** The open questions of the essay, in reading order, with reasons in English. */
    public List<OpenQuestion> find(Essay essay) {
        return find(essay, InterfaceLanguage.ENGLISH);
    }

    /** The open questions of the essay, in reading order, with reasons in the reader's {@code language}. */
    public List<OpenQuestion> find(Essay essay, InterfaceLanguage language) {
        List<OpenQuestion> questions = new ArrayList<>();
        for (EssayParagraph paragraph : essay.paragraphs()) {
            List<String> sentences = Sentences.split(paragraph.text(), essay.language());
            for (int index = 0; index < sentences.size(); index++) {
                String sentence = sentences.get(index);
                int number = index + 1;
                question(sentence, essay.language()).ifPresent(found -> questions.add(new OpenQuestion(
                        paragraph.number(), number, sentence, found.kind(),
                        MessageBundles.shared().text(found.reason(), language))));
            }
        }
        return questions;
    }

    private static Optional<Found> question(String sentence, String essayLanguage) {
        if (ASKS.matcher(sentence).find()) {
            return Optional.of(new Found(OpenQuestion.Kind.EXPLICIT, Text.of("studio-questions.reason.question-mark")));
        }
        return ImpliedQuestionCues.cueIn(sentence, essayLanguage).map(words -> new Found(OpenQuestion.Kind.IMPLIED,
                Text.of("studio-questions.reason.cue", words)));
    }

    private record Found(OpenQuestion.Kind kind, Text reason) {
    }
}
