package org.colloquy.content;

import java.util.List;
import org.colloquy.base.i18n.Text;
import org.jspecify.annotations.Nullable;

/**
 * An agree–disagree scale with a one-sentence reason. An {@link Moment#AFTER} step repeats the claim of
 * the {@link Moment#BEFORE} step named in {@code repeats}; the loader copies that claim in.
 */
public record PositionStep(String key, Moment moment, Prose claim, List<String> cites, @Nullable String repeats)
        implements Step {

    public static final List<String> SCALE =
            List.of("Strongly disagree", "Disagree", "Unsure", "Agree", "Strongly agree");

    /** The longest reason a student may give for her point of the scale. */
    public static final int REASON_MAX_WORDS = 60;

    public PositionStep {
        cites = List.copyOf(cites);
    }

    public enum Moment {
        BEFORE, AFTER
    }

    /** The label of a point of the scale, 1 to 5. */
    public static String label(int point) {
        return SCALE.get(point - 1);
    }

    /** The point of the scale a stored choice names, 1 to 5; 0 when it names none. */
    public static int point(@Nullable String choice) {
        return choice != null && choice.matches("[1-5]") ? Integer.parseInt(choice) : 0;
    }

    /** A point of the scale, 1 to 5, as interface text: said in the reader's language where it is shown. */
    public static Text pointName(int point) {
        return Text.of("lesson.position.point." + point);
    }
}
