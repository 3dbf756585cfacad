package org.colloquy.seminar.session.ui;

import org.colloquy.base.ui.PageAddress;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.seminar.audience.ui.AudienceView;
import org.colloquy.seminar.audience.ui.LiveAfterSignInView;
import org.colloquy.seminar.console.ui.PresenterView;
import org.colloquy.seminar.screen.ui.ProjectorView;

/** Where the live session's pages are: starting one, the console, the projector and the phones. */
public final class SeminarPages {

    private SeminarPages() {
    }

    public static String start() {
        return PageAddress.of(SeminarStartView.class);
    }

    public static String console(long sessionId) {
        return PageAddress.of(PresenterView.class, "id", sessionId);
    }

    public static String projector(long sessionId) {
        return PageAddress.of(ProjectorView.class, "id", sessionId);
    }

    /** The phone's page, without a code: it asks for one. */
    public static String phone() {
        return PageAddress.of(AudienceView.class);
    }

    public static String phone(String typedCode) {
        String code = JoinCodes.forAddress(typedCode);
        return code.isEmpty() ? phone() : PageAddress.of(AudienceView.class, "code", code);
    }

    /** Where a phone goes back to the session after signing in. */
    public static String phoneAfterSignIn(String joinCode) {
        return PageAddress.of(LiveAfterSignInView.class, "code", joinCode);
    }
}
