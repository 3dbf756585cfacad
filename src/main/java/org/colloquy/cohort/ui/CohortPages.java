package org.colloquy.cohort.ui;

import org.colloquy.base.ui.PageAddress;
import org.colloquy.cohort.JoinCodes;

/** Where a class is: its instructors' page, and the join page with where it goes on after signing in. */
public final class CohortPages {

    /**
     * The route of a class's page for its instructors. The review feature's overview takes it; it is named here so
     * that every feature whose pages lead back to the class (discussion, argument maps) can link to it.
     */
    public static final String CLASS_PAGE = "classes/:cohortId";

    /**
     * The route of a class's gradebook. The gradebook feature's view takes it; it is named here because the class
     * page (review), which the gradebook is built on, links to it.
     */
    public static final String GRADEBOOK = "classes/:cohortId/gradebook";

    private CohortPages() {
    }

    public static String classPage(long cohortId) {
        return PageAddress.fill(CLASS_PAGE, "cohortId", cohortId);
    }

    public static String gradebook(long cohortId) {
        return PageAddress.fill(GRADEBOOK, "cohortId", cohortId);
    }

    public static String join() {
        return PageAddress.of(JoinView.class);
    }

    public static String join(String typedCode) {
        String code = JoinCodes.forAddress(typedCode);
        return code.isEmpty() ? join() : PageAddress.of(JoinView.class, "code", code);
    }

    public static String joinAfterSignIn(String typedCode) {
        return PageAddress.of(JoinAfterSignInView.class, "code", JoinCodes.forAddress(typedCode));
    }
}
