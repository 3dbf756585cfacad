package org.colloquy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows times in the viewer's own time zone, as the browser reports it. */
public final class TimeDisplay {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private TimeDisplay() {
    }

    public static String time(Instant instant) {
        return TIME.withZone(zone()).withLocale(locale()).format(instant);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.withZone(zone()).withLocale(locale()).format(instant);
    }

    /** The viewer's language, or the JVM's outside a page. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    /** The viewer's time zone, as her browser reports it; UTC outside a page or for a zone Java does not know. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ZoneOffset.UTC;
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }
}
