package org.colloquy.studio.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.content.Sentences;
import org.colloquy.security.HostileInput;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.colloquy.studio.OpenQuestion;
import org.colloquy.studio.OpenQuestion.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionFinderTest {

    private final QuestionFinder finder = new QuestionFinder();

    @Test
    void a_question_is_listed_with_its_paragraph_and_sentence_numbered_as_citations_count_them() {
        String first = "The U.S. President met Vladimir V. Putin. The talks ended.";
        String second = "Trade grew 3.5 per cent. Will it grow again? Nobody knows. It remains to be seen how far.";
        List<OpenQuestion> found = finder.find(essay("en", first, second));

        assertThat(found).extracting(OpenQuestion::paragraph, OpenQuestion::sentence, OpenQuestion::text,
                OpenQuestion::kind).containsExactly(
                        tuple(2, 2, "Will it grow again?", Kind.EXPLICIT),
                        tuple(2, 4, "It remains to be seen how far.", Kind.IMPLIED));
        for (OpenQuestion question : found) {
            String paragraph = question.paragraph() == 1 ? first : second;
            assertThat(Sentences.split(paragraph, "en").get(question.sentence() - 1)).isEqualTo(question.text());
        }
    }

    @Test
    void each_question_says_why_it_was_picked_in_the_readers_language() {
        Essay essay = essay("en", "Is it fair? We must ask whether it lasts.");

        assertThat(finder.find(essay)).extracting(OpenQuestion::reason).containsExactly(
                "asks outright, with a question mark", "says “whether”, which leaves the question open");
        assertThat(finder.find(essay, InterfaceLanguage.CHINESE)).extracting(OpenQuestion::reason)
                .containsExactly("用问号直接发问", "说“whether”，问题尚无定论");
        assertThat(finder.find(essay, InterfaceLanguage.RUSSIAN)).extracting(OpenQuestion::reason)
                .containsExactly("спрашивает прямо, с вопросительным знаком",
                        "говорит «whether» — вопрос остаётся открытым");
    }

    @Test
    void a_question_mark_inside_a_sentence_that_goes_on_in_lower_case_is_asked_outright() {
        assertThat(kinds("en", "Shall manufactures be encouraged? are questions which the classes decide."))
                .containsExactly(Kind.EXPLICIT);
        assertThat(kinds("en", "“Why not?” he asked.")).containsExactly(Kind.EXPLICIT);
        assertThat(kinds("ru", "- Кто там? - страшным голосом заревел капитан.")).containsExactly(Kind.EXPLICIT);
    }

    @Test
    void an_exclamation_or_a_statement_is_not_a_question() {
        assertThat(kinds("en", "Take it! The rest is settled. He knew how to speak to them.")).isEmpty();
        assertThat(kinds("zh", "所以我们要运用脑髓，放出眼光，自己来拿！")).isEmpty();
        assertThat(kinds("ru", "С председателем домового комитета не поспоришь.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It remains to be seen whether the treaty holds.",
            "Whether the treaty holds is yet to be decided.",
            "It is unclear how long the truce can last.",
            "It is still an open question which side gains.",
            "We must ask whether the union can bear it.",
            "The question is how to share the river.",
            "It is a question whether trade follows the flag.",
            "The problem of the border remains unsettled for now.",
            "Nobody can say whether the reform will last.",
            "We do not know how the court will rule.",
            "The usefulness of an opinion is itself matter of opinion, as disputable as the opinion.",
            "Whether it suits Russia, or whether we need new ideas, these are the questions to be answered.",
            "The issue is how to define the boundaries of each enterprise.",
            "Should we reform the order or revolutionise it.",
            "In short, whether both enter the third phase, or whether the order changes, both bring chances.",
            "These questions should be answered clearly.",
            "There are aspects which still need further clarification."})
    void english_statements_that_leave_a_question_open_are_implied_questions(String sentence) {
        assertThat(kinds("en", sentence)).as(sentence).containsExactly(Kind.IMPLIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By a faction I understand citizens, whether amounting to a majority or a minority of the whole.",
            "Regardless of whether it rains, the fair goes on.",
            "No matter whether they agree, the law applies.",
            "The question resulting is, whether small or large republics are better; and it is clearly decided.",
            "It is a question to which the creditors are parties on one side.",
            "You do not find them handling the question of utility as if it were apart from truth.",
            "He will know how to make us seniors very unnecessary.",
            "The indisputable facts are these.",
            "They settled the question of the border in 1991.",
            "Whether rich or poor, all men are equal before the law.",
            "The questions were answered long ago.",
            "He needs no clarification."})
    void english_statements_that_settle_a_matter_are_not_questions(String sentence) {
        assertThat(kinds("en", sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "两国能否深化合作，仍是未知数。",
            "这一机制是否适合中俄两国，还需要讨论。",
            "如何界定企业的职能边界，尚不清楚。",
            "这个问题有待进一步研究。",
            "但终“不知后事如何”。",
            "双方的分歧悬而未决。"})
    void chinese_statements_that_leave_a_question_open_are_implied_questions(String sentence) {
        assertThat(kinds("zh", sentence)).as(sentence).containsExactly(Kind.IMPLIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "无论是否下雨，集市照常举行。",
            "不管怎样，我们要拿来。",
            "总之，我们要拿来。",
            "且不问他是骗来的，抢来的，或合法继承的。"})
    void chinese_statements_that_settle_a_matter_are_not_questions(String sentence) {
        assertThat(kinds("zh", sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Я не уверен, принадлежу ли я к числу граждан.",
            "Не знаю, кто выбирал его.",
            "Остаётся неясным, чем кончится дело.",
            "Вопрос о том, кто прав, остается открытым.",
            "Нам ещё предстоит решить, как жить дальше.",
            "Это пока не решено."})
    void russian_statements_that_leave_a_question_open_are_implied_questions(String sentence) {
        assertThat(kinds("ru", sentence)).as(sentence).containsExactly(Kind.IMPLIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Едва ли он придёт.",
            "Вряд ли это поможет.",
            "Он знал, как это сделать.",
            "То ли дождь, то ли снег шёл всю ночь.",
            "Он, должно быть, очень почтенный человек."})
    void russian_statements_that_settle_a_matter_are_not_questions(String sentence) {
        assertThat(kinds("ru", sentence)).as(sentence).isEmpty();
    }

    @Test
    void chinese_and_russian_questions_are_found_sentence_by_sentence() {
        assertThat(finder.find(essay("zh", "中国也不是。但是，几百年之后呢？我们当然是化为魂灵。")))
                .extracting(OpenQuestion::sentence, OpenQuestion::text)
                .containsExactly(tuple(2, "但是，几百年之后呢？"));
        assertThat(finder.find(essay("ru", "Капитан наклонился к уху. Как вы думаете, немцы придут? Не думаю.")))
                .extracting(OpenQuestion::sentence, OpenQuestion::kind)
                .containsExactly(tuple(2, Kind.EXPLICIT));
    }

    @Test
    void an_essay_without_paragraphs_or_questions_has_no_open_questions() {
        assertThat(finder.find(new Essay("Empty", "Nobody", "", "en", List.of()))).isEmpty();
        assertThat(finder.find(essay("en", "", "   "))).isEmpty();
    }

    @Test
    void hostile_text_in_any_language_is_read_as_plain_words_without_failing() {
        for (HostileInput.Payload payload : HostileInput.CORPUS) {
            for (String language : List.of("en", "zh", "ru", "ar", "")) {
                List<OpenQuestion> found = finder.find(essay(language, payload.text() + " Is it safe? " + payload.text()));
                assertThat(found).as(payload.label()).allSatisfy(question -> assertThat(payload.text()
                        + " Is it safe? " + payload.text()).contains(question.text()));
            }
        }
        assertThat(finder.find(essay("en", HostileInput.ONE_MEGABYTE + " Why?"))).isNotEmpty();
    }

    private List<Kind> kinds(String language, String text) {
        return finder.find(essay(language, text)).stream().map(OpenQuestion::kind).toList();
    }

    private static Essay essay(String language, String... paragraphs) {
        List<EssayParagraph> numbered = new ArrayList<>();
        for (String text : paragraphs) {
            numbered.add(new EssayParagraph(numbered.size() + 1, null, text));
        }
        return new Essay("Title", "Author", "", language, numbered);
    }
}
