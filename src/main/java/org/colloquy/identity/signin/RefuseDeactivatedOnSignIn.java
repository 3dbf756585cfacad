package org.colloquy.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.colloquy.identity.AccountStates;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * After the password was accepted: a deactivated account is refused (the sign-in page says so; someone without the
 * password learns nothing), and an active one has the time of her sign-in recorded (decision 0043).
 */
final class RefuseDeactivatedOnSignIn implements SessionAuthenticationStrategy {

    /** The sign-in was refused because its account is deactivated. */
    static final class AccountDeactivatedException extends SessionAuthenticationException {
        AccountDeactivatedException() {
            super("This account is deactivated.");
        }
    }

    private final AccountStates states;

    RefuseDeactivatedOnSignIn(AccountStates states) {
        this.states = states;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (!states.admitSignIn(authentication.getName())) {
            throw new AccountDeactivatedException();
        }
    }
}
