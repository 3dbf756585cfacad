package org.colloquy.base.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.ToIntFunction;
import org.colloquy.base.AnswerText;
import org.colloquy.base.WordCount;
import org.jspecify.annotations.Nullable;

/**
 * Says a field's length limit where the person types, counts as she nears it, and marks text over it as too long
 * while keeping every character. Characters are counted as the services count them: cleaned and stripped. The browser's own {@code maxlength} is never used: it cuts pasted text without a
 * word. The service behind the field refuses text over the same limit, so what is sent is never cut either.
 */
public final class TypingLimit {

    /** From this share of the limit on, the helper counts characters instead of only naming the limit. */
    private static final double COUNT_FROM = 0.8;
    private static final int COUNT_DELAY_MS = 300;

    /** What is counted, with the message keys that say the limit, the count and the excess. */
    private enum Measure {
        CHARACTERS(text -> AnswerText.clean(text).strip().length(),
                "base.limit.up-to", "base.limit.count", "base.limit.over"),
        WORDS(WordCount::of, "base.limit.words.up-to", "base.limit.words.count", "base.limit.words.over");

        private final ToIntFunction<String> count;
        private final String upToKey;
        private final String countKey;
        private final String overKey;

        Measure(ToIntFunction<String> count, String upToKey, String countKey, String overKey) {
            this.count = count;
            this.upToKey = upToKey;
            this.countKey = countKey;
            this.overKey = overKey;
        }
    }

    private final TextFieldBase<?, String> field;
    private final Measure measure;
    private final int limit;
    private final @Nullable String guidance;

    private TypingLimit(TextFieldBase<?, String> field, Measure measure, int limit, @Nullable String guidance) {
        this.field = field;
        this.measure = measure;
        this.limit = limit;
        this.guidance = guidance;
    }

    /** Applies a limit in characters: the helper names it, then counts, then says how much is over. */
    public static void on(TextFieldBase<?, String> field, int limit) {
        attach(new TypingLimit(field, Measure.CHARACTERS, limit, null));
    }

    /** As {@link #on(TextFieldBase, int)}, with what else the helper says about the field before the limit. */
    public static void on(TextFieldBase<?, String> field, int limit, String guidance) {
        attach(new TypingLimit(field, Measure.CHARACTERS, limit, guidance));
    }

    /** Applies a limit in words, counted as the lesson rules count them. */
    public static void inWords(TextFieldBase<?, String> field, int limit, @Nullable String guidance) {
        attach(new TypingLimit(field, Measure.WORDS, limit, guidance));
    }

    private static void attach(TypingLimit typingLimit) {
        TextFieldBase<?, String> field = typingLimit.field;
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(COUNT_DELAY_MS);
        }
        field.addValueChangeListener(changed -> typingLimit.show());
        typingLimit.show();
    }

    private void show() {
        int count = measure.count.applyAsInt(field.getValue());
        boolean over = count > limit;
        if (over) {
            field.setHelperText(guidance);
        } else {
            field.setHelperText(withGuidance(count >= limit * COUNT_FROM
                    ? field.getTranslation(measure.countKey, count, limit)
                    : field.getTranslation(measure.upToKey, limit)));
        }
        field.setErrorMessage(over ? field.getTranslation(measure.overKey, count, limit, count - limit) : null);
        field.setInvalid(over);
    }

    private String withGuidance(String limitText) {
        return guidance == null ? limitText : guidance + " " + limitText;
    }
}
