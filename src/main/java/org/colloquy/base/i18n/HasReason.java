package org.colloquy.base.i18n;

/**
 * A problem that says why in a {@link Text}, for a view to show in the viewer's language: a {@link Refusal}, or an
 * exception that must keep another type (an access denial that is a rule of the course, say).
 */
public interface HasReason {

    Text reason();
}
