package org.colloquy.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Due labels are worked out in the student's own zone, counting calendar days where she is. */
class DueLabelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void a_due_time_across_the_change_to_summer_time_is_tomorrow_at_the_time_the_class_typed() {
        // Berlin moves its clocks forward in the night to Sunday 29 March 2026: Saturday 18:00 to Sunday 17:00 is 22 h
        Instant due = ScheduleService.instant(LocalDateTime.of(2026, 3, 29, 17, 0), BERLIN);
        Instant now = at(2026, 3, 28, 18, 0, BERLIN);

        DueLabel label = DueLabel.of(dates(null, due, null, BERLIN), now, BERLIN);

        assertThat(label.kind()).isEqualTo(DueLabel.Kind.DUE_TOMORROW);
        assertThat(label.at()).isNotNull();
        assertThat(label.at().toLocalTime()).hasToString("17:00");
        assertThat(java.time.Duration.between(now, due).toHours()).isEqualTo(22);
    }

    @Test
    void a_wall_time_typed_in_the_class_zone_keeps_its_clock_time_on_both_sides_of_the_change_to_winter_time() {
        Instant before = ScheduleService.instant(LocalDateTime.of(2026, 10, 24, 17, 0), BERLIN);
        Instant after = ScheduleService.instant(LocalDateTime.of(2026, 10, 25, 17, 0), BERLIN);

        assertThat(java.time.Duration.between(before, after).toHours()).isEqualTo(25);
        assertThat(ScheduleService.local(after, BERLIN)).isEqualTo(LocalDateTime.of(2026, 10, 25, 17, 0));
    }

    @Test
    void a_student_far_from_her_class_reads_the_due_time_in_her_own_zone_and_day() {
        // due Thursday 23:00 in New York is Friday 12:00 in Shanghai
        Instant due = ScheduleService.instant(LocalDateTime.of(2026, 12, 10, 23, 0), NEW_YORK);
        Instant now = at(2026, 12, 10, 14, 0, SHANGHAI); // 01:00 in New York

        DueLabel inShanghai = DueLabel.of(dates(null, due, null, NEW_YORK), now, SHANGHAI);
        DueLabel inNewYork = DueLabel.of(dates(null, due, null, NEW_YORK), now, NEW_YORK);

        assertThat(inShanghai.kind()).isEqualTo(DueLabel.Kind.DUE_TOMORROW);
        assertThat(inShanghai.at()).isEqualTo(ZonedDateTime.of(2026, 12, 11, 12, 0, 0, 0, SHANGHAI));
        assertThat(inNewYork.kind()).isEqualTo(DueLabel.Kind.DUE_TODAY);
    }

    @Test
    void days_are_counted_up_to_six_then_the_date_is_named() {
        Instant now = at(2026, 12, 7, 10, 0, BERLIN);

        assertThat(DueLabel.of(dates(null, at(2026, 12, 7, 17, 0, BERLIN), null, BERLIN), now, BERLIN).kind())
                .isEqualTo(DueLabel.Kind.DUE_TODAY);
        DueLabel inThree = DueLabel.of(dates(null, at(2026, 12, 10, 9, 0, BERLIN), null, BERLIN), now, BERLIN);
        assertThat(inThree.kind()).isEqualTo(DueLabel.Kind.DUE_IN_DAYS);
        assertThat(inThree.days()).isEqualTo(3);
        assertThat(DueLabel.of(dates(null, at(2026, 12, 14, 9, 0, BERLIN), null, BERLIN), now, BERLIN).kind())
                .isEqualTo(DueLabel.Kind.DUE_ON);
    }

    @Test
    void before_opening_after_the_due_time_and_after_closing_the_label_says_so() {
        Instant opens = at(2026, 12, 8, 9, 0, BERLIN);
        Instant due = at(2026, 12, 9, 17, 0, BERLIN);
        Instant closes = at(2026, 12, 10, 17, 0, BERLIN);
        DueDates dates = dates(opens, due, closes, BERLIN);

        assertThat(DueLabel.of(dates, opens.minusSeconds(1), BERLIN).kind()).isEqualTo(DueLabel.Kind.OPENS_ON);
        assertThat(DueLabel.of(dates, due, BERLIN).kind()).isEqualTo(DueLabel.Kind.DUE_TODAY);
        assertThat(DueLabel.of(dates, due.plusSeconds(1), BERLIN).kind()).isEqualTo(DueLabel.Kind.LATE);
        assertThat(DueLabel.of(dates, closes, BERLIN).kind()).isEqualTo(DueLabel.Kind.CLOSED);
        assertThat(DueLabel.of(DueDates.none(BERLIN), due, BERLIN).kind()).isEqualTo(DueLabel.Kind.NONE);
    }

    @Test
    void work_handed_in_at_the_due_time_is_on_time_and_a_second_later_is_late() {
        Instant due = at(2026, 12, 9, 17, 0, BERLIN);
        DueDates dates = dates(null, due, null, BERLIN);

        assertThat(dates.isLate(due)).isFalse();
        assertThat(dates.isLate(due.plusSeconds(1))).isTrue();
        assertThat(dates.isLate(null)).isFalse();
    }

    @Test
    void in_two_classes_of_one_course_a_student_gets_the_kinder_dates() {
        DueDates early = dates(at(2026, 12, 1, 9, 0, BERLIN), at(2026, 12, 9, 17, 0, BERLIN),
                at(2026, 12, 10, 17, 0, BERLIN), BERLIN);
        DueDates late = dates(at(2026, 12, 2, 9, 0, BERLIN), at(2026, 12, 11, 17, 0, BERLIN), null, BERLIN);

        DueDates kinder = early.kinder(late);

        assertThat(kinder.opensAt()).isEqualTo(early.opensAt());
        assertThat(kinder.dueAt()).isEqualTo(late.dueAt());
        assertThat(kinder.closesAt()).isNull();
    }

    private static DueDates dates(Instant opens, Instant due, Instant closes, ZoneId zone) {
        return new DueDates(opens, due, closes, zone, false);
    }

    private static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
    }
}
