package org.colloquy.seminar.audience.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a guest's phone keeps its token for one session: a cookie (so a reload, a closed tab or a restarted
 * server finds the guest again) and the browser session (read when no request is at hand). The cookie is set by
 * the server with the answer to the request that joined, {@code HttpOnly}: no script in the page, an injected one
 * included, can read the token and answer in the guest's name. The phone sends its requests over HTTP
 * ({@link AudienceView} keeps push for the server's updates), so a request's answer is always there to carry it.
 */
final class GuestTokens {

    private static final Logger log = LoggerFactory.getLogger(GuestTokens.class);
    private static final String PREFIX = "colloquy-guest-";
    private static final Duration KEPT_FOR = Duration.ofDays(1);

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

    static void remember(String joinCode, String token) {
        String name = PREFIX + joinCode;
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(name, token);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            log.warn("No answer to carry the guest cookie of session {}; her place lasts her browser session",
                    joinCode);
            return;
        }
        response.addCookie(cookie(name, token, request));
    }

    static Cookie cookie(String name, String token, VaadinRequest request) {
        Cookie cookie = new Cookie(name, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) KEPT_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict"); // a cookie attribute, not interface text
        return cookie;
    }
}
