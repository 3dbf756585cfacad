package org.colloquy.people.ui;

import org.colloquy.base.ui.PageAddress;

/** Where admins manage people. */
public final class PeoplePages {

    private PeoplePages() {
    }

    public static String people() {
        return PageAddress.of(PeopleView.class);
    }
}
