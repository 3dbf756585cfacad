package org.colloquy.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts into the top bar for a signed-in person (a Spring bean), so the layout shows it
 * without depending on that feature.
 */
public interface NavbarItem {

    /** A new component for one page load, or nothing if it does not apply to this person. */
    Optional<Component> create();
}
