package org.colloquy.studio.questions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that say something is still unsettled ("remains to be seen", 是否, "остаётся неясным"). The pattern may name
 * a group {@code cue} for the words the reason quotes; without it the reason quotes the whole match.
 */
record Cue(Pattern pattern) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static Cue of(String regex) {
        return new Cue(Pattern.compile(regex, FLAGS));
    }

    static Pattern settled(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** The words of the first place in the sentence where this cue speaks and no settled phrase covers it. */
    Optional<String> foundIn(String sentence, Iterable<Pattern> settledPhrases) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            int start = cueStart(matcher);
            if (!coveredBySettled(sentence, start, settledPhrases)) {
                return Optional.of(cueWords(matcher).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean coveredBySettled(String sentence, int at, Iterable<Pattern> settledPhrases) {
        for (Pattern settled : settledPhrases) {
            Matcher matcher = settled.matcher(sentence);
            while (matcher.find()) {
                if (matcher.start() <= at && at < matcher.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private int cueStart(Matcher matcher) {
        return hasCueGroup() && matcher.start("cue") >= 0 ? matcher.start("cue") : matcher.start();
    }

    private String cueWords(Matcher matcher) {
        return hasCueGroup() && matcher.group("cue") != null ? matcher.group("cue") : matcher.group();
    }

    private boolean hasCueGroup() {
        return pattern.pattern().contains("(?<cue>");
    }
}
