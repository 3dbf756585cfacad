package org.colloquy.content.ui;

import org.springframework.modulith.NamedInterface;

/**
 * Something another feature lays over the reading view, such as the instructors' heat map of what their class
 * cites. The content feature knows no such feature: they register as Spring beans implementing this interface.
 */
@NamedInterface("ui")
public interface ReadingOverlay {

    /** Adds this overlay to the page if it is meant for the signed-in person; leaves the page alone otherwise. */
    void attach(ReadingPage page);
}
