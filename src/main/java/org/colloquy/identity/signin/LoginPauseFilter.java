package org.colloquy.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.http.HttpMethod;

/**
 * Refuses a sign-in while the throttle pauses it (its account, address or device), before the password is checked:
 * a guess made during a pause can never succeed, and it costs the server no password hashing.
 */
final class LoginPauseFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final KnownDevices devices;
    private final AuthenticationFailureHandler failureHandler;
    private final RequestMatcher loginPost;

    LoginPauseFilter(LoginThrottle throttle, KnownDevices devices, AuthenticationFailureHandler failureHandler,
                     String loginPath) {
        this.throttle = throttle;
        this.devices = devices;
        this.failureHandler = failureHandler;
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request)) {
            String username = ThrottledLoginFailureHandler.usernameOf(request);
            Optional<Instant> pausedUntil = throttle.pausedUntil(username, request.getRemoteAddr(),
                    devices.recognise(request, username));
            if (pausedUntil.isPresent()) {
                failureHandler.onAuthenticationFailure(request, response, new LoginPausedException(pausedUntil.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
