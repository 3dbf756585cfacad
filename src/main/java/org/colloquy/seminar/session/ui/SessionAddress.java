package org.colloquy.seminar.session.ui;

import org.colloquy.base.ui.ApplicationAddress;

/** The address students type to join, as the browser of the current request reaches the application. */
public final class SessionAddress {

    private SessionAddress() {
    }

    /** Without the code: the short form shown in large type next to the code. */
    public static String joinPage() {
        return ApplicationAddress.of(SeminarPages.phone());
    }

    public static long sessionId(String routeParameter) {
        try {
            return Long.parseLong(routeParameter);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
