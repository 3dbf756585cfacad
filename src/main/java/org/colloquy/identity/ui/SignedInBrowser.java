package org.colloquy.identity.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.modulith.NamedInterface;

/**
 * Whether this browser was signed in when it last left: a cookie set at every sign-in and deleted when the person
 * signs out. A browser that carries it but has no session lost its session without signing out: its node died, or
 * the session timed out. Pages that would offer such a person a guest's way in ask her to sign in again first
 * (decision 0048). The cookie says nothing more: it names no account, and proves nothing.
 */
@NamedInterface("ui")
public final class SignedInBrowser {

    /** The cookie's name, deleted at sign-out. */
    public static final String COOKIE = "colloquy-signed-in";

    private static final Duration KEPT_FOR = Duration.ofDays(30);

    private SignedInBrowser() {
    }

    /** Marks the browser as signed in, on the answer to the request that signed it in. */
    public static void remember(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, "1");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) KEPT_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax"); // a cookie attribute, not interface text
        response.addCookie(cookie);
    }

    /** Marks the browser as signed in, on the answer to the Vaadin request at hand (a fresh sign-up). */
    static void remember() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest
                && response instanceof VaadinServletResponse servletResponse) {
            remember(servletRequest.getHttpServletRequest(), servletResponse.getHttpServletResponse());
        }
    }

    /** Whether the browser of the Vaadin request at hand was signed in and did not sign out. */
    public static boolean wasSignedIn() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(COOKIE));
    }
}
