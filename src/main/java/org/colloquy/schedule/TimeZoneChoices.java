package org.colloquy.schedule;

import java.time.ZoneId;
import java.util.List;

/** The time zones a class may choose: the named regions Java knows (Europe/Berlin, Asia/Shanghai…) and UTC. */
public final class TimeZoneChoices {

    private static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/") || id.equals("UTC"))
            .sorted().toList();

    private TimeZoneChoices() {
    }

    public static List<String> all() {
        return ALL;
    }
}
