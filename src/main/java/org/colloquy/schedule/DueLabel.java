package org.colloquy.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a student is told about a lesson's dates, worked out in her own time zone (her browser's, not the class's):
 * "opens on …", "due today 17:00", "due tomorrow 17:00", "due in 3 days", "due 14 Dec 17:00", "late", "closed".
 * Days are counted in calendar days where she is, so a due time 22 hours away across a change to summer time is
 * still "tomorrow", and one after midnight where she is is "tomorrow" though it is "today" for the class.
 *
 * @param kind which sentence
 * @param days for {@link Kind#DUE_IN_DAYS}: how many calendar days away, 2 to 6
 * @param at the moment the sentence names, in her zone (absent for {@link Kind#NONE})
 */
public record DueLabel(Kind kind, int days, @Nullable ZonedDateTime at) {

    /** The sentences, in the order a lesson goes through them. */
    public enum Kind { NONE, OPENS_ON, DUE_ON, DUE_IN_DAYS, DUE_TOMORROW, DUE_TODAY, LATE, CLOSED }

    /** Further than this many days away, the date is named instead of counting days. */
    static final int MAX_COUNTED_DAYS = 6;

    public static DueLabel of(DueDates dates, Instant now, ZoneId viewerZone) {
        if (dates.notOpenYet(now)) {
            return new DueLabel(Kind.OPENS_ON, 0, at(dates.opensAt(), viewerZone));
        }
        if (dates.isClosed(now)) {
            return new DueLabel(Kind.CLOSED, 0, at(dates.closesAt(), viewerZone));
        }
        Instant due = dates.dueAt();
        if (due == null) {
            return new DueLabel(Kind.NONE, 0, null);
        }
        ZonedDateTime dueHere = due.atZone(viewerZone);
        if (dates.isPastDue(now)) {
            return new DueLabel(Kind.LATE, 0, dueHere);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, viewerZone), dueHere.toLocalDate());
        if (days == 0) {
            return new DueLabel(Kind.DUE_TODAY, 0, dueHere);
        }
        if (days == 1) {
            return new DueLabel(Kind.DUE_TOMORROW, 1, dueHere);
        }
        if (days <= MAX_COUNTED_DAYS) {
            return new DueLabel(Kind.DUE_IN_DAYS, (int) days, dueHere);
        }
        return new DueLabel(Kind.DUE_ON, (int) days, dueHere);
    }

    private static ZonedDateTime at(@Nullable Instant instant, ZoneId zone) {
        return (instant == null ? Instant.EPOCH : instant).atZone(zone);
    }
}
