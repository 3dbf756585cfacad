package org.colloquy.seminar.audience.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * Where a guest's phone keeps its token for one session: a cookie (so a reload, a closed tab or a restarted
 * server finds the guest again) and the browser session (read when no request is at hand).
 */
final class GuestTokens {

    private static final String PREFIX = "colloquy-guest-";

    private GuestTokens() {
    }

    static @Nullable String read(String joinCode) {
        String name = PREFIX + joinCode;
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(name) instanceof String token) {
            return token;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    static void remember(UI ui, String joinCode, String token) {
        String name = PREFIX + joinCode;
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(name, token);
        }
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=86400; samesite=strict'"
                + " + (location.protocol === 'https:' ? '; secure' : '')", name, token);
    }
}
