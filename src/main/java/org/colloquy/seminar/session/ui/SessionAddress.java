package org.colloquy.seminar.session.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The address students type to join, as the browser of the current request reaches the application. */
public final class SessionAddress {

    private SessionAddress() {
    }

    /** Without the code: the short form shown in large type next to the code. */
    public static String joinPage() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .path("/" + SeminarPages.phone()).toUriString();
        }
        return "/" + SeminarPages.phone();
    }

    static String withCode(String joinCode) {
        return joinPage() + "/" + joinCode;
    }

    public static long sessionId(String routeParameter) {
        try {
            return Long.parseLong(routeParameter);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
