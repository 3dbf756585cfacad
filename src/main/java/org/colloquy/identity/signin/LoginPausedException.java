package org.colloquy.identity.signin;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because too many failed before it; the password was not checked. */
class LoginPausedException extends AuthenticationException {

    LoginPausedException(Instant until) {
        super("Signing in is paused until " + until);
    }
}
