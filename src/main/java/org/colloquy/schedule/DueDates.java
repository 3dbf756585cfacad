package org.colloquy.schedule;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * When a lesson opens, is due and closes for one student (her extension included), and the zone her class reads
 * them in. Any of the three may be unset: a lesson without an opening date is open, one without a due date is never
 * late, one without a closing date takes submissions for good. Due at 17:00 means a submission at 17:00:00 is on
 * time; closed at 17:00 means a submission at 17:00:00 is refused.
 */
public record DueDates(@Nullable Instant opensAt, @Nullable Instant dueAt, @Nullable Instant closesAt,
                       ZoneId classZone, boolean extended) {

    /** A lesson with no dates. */
    public static DueDates none(ZoneId classZone) {
        return new DueDates(null, null, null, classZone, false);
    }

    public boolean hasDates() {
        return opensAt != null || dueAt != null || closesAt != null;
    }

    public boolean notOpenYet(Instant now) {
        return opensAt != null && now.isBefore(opensAt);
    }

    public boolean isClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    public boolean isPastDue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    /** Whether work handed in at that moment was late. */
    public boolean isLate(@Nullable Instant handedInAt) {
        return handedInAt != null && dueAt != null && handedInAt.isAfter(dueAt);
    }

    /**
     * The dates of two classes of the same course a student is in, the kinder of each: the earlier opening, the later
     * due date and the later close (no close is the latest).
     */
    DueDates kinder(DueDates other) {
        return new DueDates(earlier(opensAt, other.opensAt), later(dueAt, other.dueAt),
                closesAt == null || other.closesAt == null ? null : later(closesAt, other.closesAt),
                dueAt != null && other.dueAt != null && other.dueAt.isAfter(dueAt) ? other.classZone : classZone,
                extended || other.extended);
    }

    private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isBefore(b) ? a : b;
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
