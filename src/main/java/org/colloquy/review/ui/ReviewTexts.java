package org.colloquy.review.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.colloquy.review.FeedbackState;
import org.colloquy.review.QueueFilter;
import org.colloquy.review.AnswerStatus;

/** The review states and choices in the viewer's language: {@code review.status.draft-only} for DRAFT_ONLY. */
final class ReviewTexts {

    private ReviewTexts() {
    }

    /** A person's name, marked as a former member's when her account was deactivated (decision 0043). */
    static String name(org.colloquy.identity.UserRef person) {
        return person.former() ? I18NProvider.translate("review.former", person.displayName()) : person.displayName();
    }

    static String of(AnswerStatus status) {
        return text("review.status.", status);
    }

    static String of(FeedbackState state) {
        return text("review.feedback-state.", state);
    }

    static String of(QueueFilter.Show show) {
        return text("review.show.", show);
    }

    static String of(QueueFilter.Order order) {
        return text("review.order.", order);
    }

    private static String text(String prefix, Enum<?> value) {
        return I18NProvider.translate(prefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
