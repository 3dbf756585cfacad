package org.colloquy.identity.ui;

import org.colloquy.base.ui.PageAddress;

/** Where signing in and choosing a password happen. */
public final class IdentityPages {

    private IdentityPages() {
    }

    public static String signIn() {
        return PageAddress.of(LoginView.class);
    }

    /** The one-time page that lets the holder of the token choose a password. */
    public static String setPassword(String token) {
        return PageAddress.of(SetPasswordView.class, "token", token);
    }

    /** Where someone who forgot her password asks for a link to choose a new one. */
    public static String passwordReset() {
        return PageAddress.of(PasswordResetView.class);
    }
}
