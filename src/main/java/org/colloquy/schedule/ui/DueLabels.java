package org.colloquy.schedule.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.schedule.DueDates;
import org.colloquy.schedule.DueLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A lesson's dates as a student reads them, in her language and her browser's time zone: a short label for the course
 * home and the lesson ("Due tomorrow 17:00"), and a sentence for the lesson page when it is late, closed or not open.
 */
@NamedInterface("ui")
public final class DueLabels {

    private DueLabels() {
    }

    /** The label, or nothing for a lesson without dates. */
    public static Optional<Span> badge(@Nullable DueDates dates, Instant now) {
        if (dates == null) {
            return Optional.empty();
        }
        DueLabel label = DueLabel.of(dates, now, TimeDisplay.zone());
        if (label.kind() == DueLabel.Kind.NONE) {
            return Optional.empty();
        }
        String text = text(label, TimeDisplay.locale());
        if (dates.extended() && label.kind() != DueLabel.Kind.OPENS_ON) {
            text = t("schedule.due.extended", text);
        }
        Span badge = new Span(text);
        badge.addClassNames("due-label", "due-" + label.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return Optional.of(badge);
    }

    /** For the lesson page: why she cannot start or submit, or that her work will be late; nothing otherwise. */
    public static Optional<Paragraph> notice(@Nullable DueDates dates, Instant now) {
        if (dates == null) {
            return Optional.empty();
        }
        DueLabel label = DueLabel.of(dates, now, TimeDisplay.zone());
        String key = switch (label.kind()) {
            case OPENS_ON -> "schedule.lesson.not-open";
            case CLOSED -> "schedule.lesson.closed";
            case LATE -> "schedule.lesson.late";
            default -> null;
        };
        if (key == null || label.at() == null) {
            return Optional.empty();
        }
        Paragraph notice = new Paragraph(t(key, dateTime(label.at(), TimeDisplay.locale())));
        notice.addClassNames("due-notice", "due-notice-" + label.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        notice.getElement().setAttribute("role", "note");
        return Optional.of(notice);
    }

    /** The label's words in a language; times in the zone the label was worked out for. */
    static String text(DueLabel label, Locale locale) {
        ZonedDateTime at = label.at();
        return switch (label.kind()) {
            case NONE -> "";
            case OPENS_ON -> t(locale, "schedule.due.opens", dateTime(at, locale));
            case DUE_ON -> t(locale, "schedule.due.on", dateTime(at, locale));
            case DUE_IN_DAYS -> t(locale, "schedule.due.in-days", label.days());
            case DUE_TOMORROW -> t(locale, "schedule.due.tomorrow", time(at, locale));
            case DUE_TODAY -> t(locale, "schedule.due.today", time(at, locale));
            case LATE -> t(locale, "schedule.due.late", dateTime(at, locale));
            case CLOSED -> t(locale, "schedule.due.closed", dateTime(at, locale));
        };
    }

    /** A moment as the viewer reads it: her zone, her language. */
    public static String dateTime(@Nullable ZonedDateTime at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(at);
    }

    /** A moment in the viewer's zone and language. */
    public static String dateTime(Instant instant) {
        return dateTime(instant.atZone(TimeDisplay.zone()), TimeDisplay.locale());
    }

    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return dateTime(instant.atZone(zone), locale);
    }

    private static String time(@Nullable ZonedDateTime at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at);
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    private static String t(Locale locale, String key, Object... arguments) {
        return I18NProvider.translate(locale, key, arguments);
    }
}
