package org.colloquy.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date and time pickers in the page's language: the calendar's month and weekday names and its first day of the week
 * come from java.time for the locale, the typed date's format is the locale's short date (2026/12/7, 07.12.2026), and
 * the calendar's "Today" and "Cancel" buttons come from the bundles. Vaadin's own defaults are English whatever the
 * locale.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Speaks the page's language ({@link TimeDisplay#locale()}); returns the picker. */
    public static DateTimePicker localized(DateTimePicker picker) {
        Locale locale = TimeDisplay.locale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(calendar(locale, picker.getTranslation(locale, "base.date.today"),
                picker.getTranslation(locale, "base.date.cancel")));
        return picker;
    }

    /** Speaks the page's language ({@link TimeDisplay#locale()}); returns the picker. */
    public static DatePicker localized(DatePicker picker) {
        Locale locale = TimeDisplay.locale();
        picker.setLocale(locale);
        picker.setI18n(calendar(locale, picker.getTranslation(locale, "base.date.today"),
                picker.getTranslation(locale, "base.date.cancel")));
        return picker;
    }

    static DatePicker.DatePickerI18n calendar(Locale locale, String today, String cancel) {
        List<String> months = Stream.of(Month.values())
                .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList();
        List<DayOfWeek> fromSunday = new ArrayList<>();
        fromSunday.add(DayOfWeek.SUNDAY);
        fromSunday.addAll(List.of(DayOfWeek.values()).subList(0, 6));
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream()
                        .map(day -> capitalized(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> capitalized(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setDateFormat(shortDate(locale))
                .setToday(today)
                .setCancel(cancel);
    }

    /**
     * The locale's short date as a picker's format: Vaadin knows d, dd, M, MM, yy and yyyy, so the year is written
     * in full (java.time's "y" and "yy" become "yyyy").
     */
    static String shortDate(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("y+", "yyyy");
    }

    private static String capitalized(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
