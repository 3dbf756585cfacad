package org.colloquy.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts a failed sign-in and sends the person back to the sign-in page, which says either that the name or
 * password was wrong ({@code ?error}) or, once too many failed, until when signing in is paused ({@code ?paused}).
 */
final class ThrottledLoginFailureHandler implements AuthenticationFailureHandler {

    static final String USERNAME_PARAMETER = "username";

    private final LoginThrottle throttle;
    private final KnownDevices devices;
    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    ThrottledLoginFailureHandler(LoginThrottle throttle, KnownDevices devices, String loginPath) {
        this.throttle = throttle;
        this.devices = devices;
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof RefuseDeactivatedOnSignIn.AccountDeactivatedException) {
            redirects.sendRedirect(request, response, loginPath + "?deactivated");
            return;
        }
        String username = usernameOf(request);
        String address = request.getRemoteAddr();
        Optional<String> device = devices.recognise(request, username);
        if (!(exception instanceof LoginPausedException)) {
            throttle.failed(username, address, device);
        }
        Optional<Instant> pausedUntil = throttle.pausedUntil(username, address, device);
        if (pausedUntil.isPresent()) {
            request.getSession().setAttribute(LoginThrottle.PAUSED_UNTIL, pausedUntil.get());
            redirects.sendRedirect(request, response, loginPath + "?paused");
        } else {
            redirects.sendRedirect(request, response, loginPath + "?error");
        }
    }

    static String usernameOf(HttpServletRequest request) {
        return Objects.requireNonNullElse(request.getParameter(USERNAME_PARAMETER), "");
    }
}
