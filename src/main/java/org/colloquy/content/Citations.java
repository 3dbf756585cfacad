package org.colloquy.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations of the reading inside text a student wrote: {@code [¶3]} names paragraph 3. Finds them, and says
 * which ones point at paragraphs the reading does not have.
 */
public final class Citations {

    private static final Pattern MARK = Pattern.compile("\\[¶(\\d{1,4})]");

    private Citations() {
    }

    public static String mark(Paragraph paragraph) {
        return "[¶" + paragraph.number() + "]";
    }

    /** The paragraph numbers cited, in order of first appearance. */
    public static List<Integer> cited(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = MARK.matcher(text);
        while (matcher.find()) {
            int number = Integer.parseInt(matcher.group(1));
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** A message for the first citation that names no paragraph of this reading, if any. */
    public static java.util.Optional<String> problem(String text, Reading reading) {
        int count = reading.paragraphs().size();
        return cited(text).stream().filter(number -> number < 1 || number > count).findFirst()
                .map(number -> "Your text cites paragraph %d, but the essay has %d %s. Fix the [¶%d] mark."
                        .formatted(number, count, count == 1 ? "paragraph" : "paragraphs", number));
    }

    /** The cited paragraphs that exist, in order. */
    public static List<Paragraph> paragraphs(String text, Reading reading) {
        return cited(text).stream().filter(number -> number >= 1 && number <= reading.paragraphs().size())
                .map(number -> reading.paragraphs().get(number - 1)).toList();
    }
}
