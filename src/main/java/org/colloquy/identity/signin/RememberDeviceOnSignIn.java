package org.colloquy.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.colloquy.identity.ui.SignedInBrowser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * After a sign-in succeeded, before the answer is sent: forgives the failures of the account at this address and of
 * this device, remembers the device as known for the account, and marks the browser as signed in
 * ({@link SignedInBrowser}). Runs beside Spring's session fixation
 * protection, with the answer still open for the cookie.
 */
final class RememberDeviceOnSignIn implements SessionAuthenticationStrategy {

    private final LoginThrottle throttle;
    private final KnownDevices devices;

    RememberDeviceOnSignIn(LoginThrottle throttle, KnownDevices devices) {
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        String account = authentication.getName();
        throttle.succeeded(account, request.getRemoteAddr(), devices.recognise(request, account));
        devices.remember(request, response, account);
        SignedInBrowser.remember(request, response);
    }
}
