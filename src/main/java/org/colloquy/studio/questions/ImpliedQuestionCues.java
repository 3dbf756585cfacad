package org.colloquy.studio.questions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table the finder reads for each language: the cues that make a statement an implied question, and the settled
 * phrases that take a cue back ("regardless of whether", 无论如何, "вряд ли"). Tuned for precision: a word such as
 * "whether", "how to" or "как" counts only next to words of doubt or asking, since on its own it mostly settles
 * something ("whether amounting to a majority or a minority").
 */
final class ImpliedQuestionCues {

    private static final String DOUBT_EN = "ask|asks|asked|asking|question|questions|questioned|doubt|doubts|doubted"
            + "|doubtful|uncertain|unclear|know|knows|knew|decide|decides|decided|determine|determines|inquire"
            + "|inquiry|inquiries|consider|considering|examine|wonder|wonders|debate|debated|dispute|disputed|depend"
            + "|depends|depended|tell|sure|certain|judge|discuss|see|problem|issue";

    /** Before "how to", fewer words count: "he knew how to speak" settles how. */
    private static final String HOW_TO_EN = "question|questions|problem|issue|difficulty|puzzle|unclear|uncertain"
            + "|decide|ask|asks|asked|wonder|wonders|debate|not know|know not|don't know|doesn't know|not sure";

    private static final LanguageCues ENGLISH = new LanguageCues(List.of(
            Cue.of("\\b(?:remains?|is yet|are yet|was yet) to be (?:seen|decided|determined|settled|resolved"
                    + "|answered|proved|shown|discovered|known|ascertained)\\b"),
            Cue.of("\\byet to be (?:seen|decided|determined|settled|resolved|answered|proved|shown|ascertained)\\b"),
            Cue.of("\\b(?:it|this|that) (?:is|was|remains|seems|may be) (?:still |yet |not yet |far from |by no means )?"
                    + "(?:unclear|uncertain|not clear|not certain|doubtful|questionable|undecided|an open question"
                    + "|open to question|a matter of doubt|not known|unknown)\\b"),
            Cue.of("\\bit is (?:still |yet )?a question (?:whether|how|what|which|who|of whether)\\b"),
            Cue.of("\\b(?:an|the|still an|still the) open question\\b"
                    + "|\\bopen to (?:question|doubt|dispute|discussion|debate)\\b"),
            Cue.of("\\b(?:disputable|debatable|moot|contestable|a matter of opinion|matter of dispute)\\b"),
            Cue.of("\\b(?:is|are|remains?|still|left|leaves? (?:it|them)) (?:still |yet |quite |wholly )?"
                    + "(?:unsettled|unresolved|undecided|unanswered|in doubt|in question|a matter of dispute)\\b"),
            Cue.of("\\bthe (?:question|problem) (?:whether|how|which|what|remains|arises|recurs|returns)\\b"),
            Cue.of("\\bthe (?:question|problem) of\\b[^.;]{0,80}?\\b(?:remains|is still|is yet|has not been|is not yet"
                    + "|is open|is unsettled|is undecided|is unresolved)\\b"),
            Cue.of("\\b(?:it may be|it might be|it will be|it is|one may|one might|we may|you may) "
                    + "(?:asked|ask|questioned|doubted|doubt)\\b"),
            Cue.of("\\b(?:" + DOUBT_EN + ")\\b[^.;:?!]{0,40}?\\b(?<cue>whether)\\b"),
            Cue.of("\\b(?<cue>whether)\\b[^.;]*\\bor whether\\b"),
            Cue.of("\\b(?:questions?|issues?|problems?) (?:(?:still |yet |that remain |which remain )?to be|should be|must be"
                    + "|need to be|have yet to be|has yet to be) (?:answered|settled|resolved|decided|clarified)\\b"),
            Cue.of("\\bneeds? (?:further |more )?(?:clarification|study|inquiry|investigation|research|discussion)\\b"),
            Cue.of("\\b(?:" + HOW_TO_EN + ")\\b[^.;:?!]{0,30}?\\b(?<cue>how to)\\b"),
            Cue.of("^(?<cue>how to)\\b"),
            Cue.of("\\b(?:(?:we|i|no one|nobody|none|no man) (?:can ?not|cannot|can't|do not|don't|does not|doesn't"
                    + "|could not|know not)|(?:no one|nobody|none|no man) (?:can|could|will|knows|know)) "
                    + "(?:yet |now |even )?(?:know|tell|say|decide|determine|foresee|predict"
                    + "|answer)\\b(?=\\s*,?\\s*(?:whether|if|how|what|which|who|whom|why|when|where))"),
            Cue.of("^(?<cue>should)\\b[^.]*\\bor\\b")),
            List.of(Cue.settled("\\b(?:regardless|irrespective|independently|independent) of whether\\b"),
                    Cue.settled("\\bno matter (?:whether|how)\\b"),
                    Cue.settled("\\bwhether\\b[^.]*?\\b(?:it|this|that) (?:is|was|has been) (?:clearly |easily |already "
                            + "|now |soon )?(?:decided|settled|answered|resolved)\\b"),
                    Cue.settled("\\b(?:settled|decided|answered|resolved|closed) the question\\b"),
                    Cue.settled("\\bthe question (?:of|whether)[^.;]{0,60}\\b(?:is|was|has been|had been) "
                            + "(?:settled|decided|answered|resolved|closed)\\b")));

    private static final LanguageCues CHINESE = new LanguageCues(List.of(
            Cue.of("尚不清楚|还不清楚|并不清楚|尚不明确|尚未明确|尚无定论|尚未定论|悬而未决|尚未解决|尚未确定|难以确定|不得而知"
                    + "|未可知|有待|仍待|尚待|值得商榷|值得探讨|还是个问题|仍是个问题|是一个问题|问题在于|不知道|不知"),
            Cue.of("是否|能否|可否|是不是|会不会|能不能|有没有|要不要|该不该"),
            Cue.of("如何|怎样|怎么")),
            List.of(Cue.settled("(?:无论|不管|不论)[^，。；！？]{0,8}(?:是否|能否|如何|怎样|怎么|是不是)"),
                    Cue.settled("怎么也|怎样也|如何也")));

    private static final LanguageCues RUSSIAN = new LanguageCues(List.of(
            Cue.of("\\bоста[её]тся (?:пока |ещё |еще |всё ещё |все еще )?(?:неясным|неизвестным|открытым|непонятным"
                    + "|под вопросом|вопросом|загадкой|нерешённым|нерешенным)\\b"),
            Cue.of("\\b(?:неясно|неизвестно|непонятно|не ясно|не известно|не решено|не решён|не решен|не знаю|не знаем"
                    + "|не знает|не знают|сомнительно|спорно|под вопросом|открытый вопрос|открытым вопросом)\\b"),
            Cue.of("\\bвопрос (?:о том|в том|ещё|еще|остаётся|остается)\\b|\\bвопрос(?:ом)?,? (?:ли|как|что|кто|когда)\\b"),
            Cue.of("\\b(?:предстоит|остаётся|остается) (?:ещё |еще )?(?:решить|выяснить|увидеть|узнать|понять|ответить)\\b"),
            Cue.of("\\b(?:ещё|еще|пока) не (?:решено|решён|решен|ясно|известно|выяснено|определено)\\b"),
            Cue.of("\\b(?<cue>ли)\\b"),
            Cue.of("\\b(?:как|каким образом|что) (?:нам |им |ему |мне )?(?:быть|делать|поступить)\\b")),
            List.of(Cue.settled("\\b(?:едва|вряд|чуть|то|уж|не то) ли\\b"),
                    Cue.settled("\\b(?:хочешь|хотите|хочет) ли\\b")));

    private static final Map<String, LanguageCues> BY_LANGUAGE = Map.of("en", ENGLISH, "zh", CHINESE, "ru", RUSSIAN);

    private ImpliedQuestionCues() {
    }

    /** The cue words by which {@code sentence} leaves a question open, if it does, in the essay's language. */
    static Optional<String> cueIn(String sentence, String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        LanguageCues cues = BY_LANGUAGE.getOrDefault(language, ENGLISH);
        for (Cue cue : cues.cues()) {
            Optional<String> words = cue.foundIn(sentence, cues.settled());
            if (words.isPresent()) {
                return words;
            }
        }
        return Optional.empty();
    }

    private record LanguageCues(List<Cue> cues, List<Pattern> settled) {
    }
}
