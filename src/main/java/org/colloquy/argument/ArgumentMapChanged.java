package org.colloquy.argument;

/** A class's argument map changed: a reason was added, supported or challenged. Carries no text. */
public record ArgumentMapChanged(long cohortId, String promptKey) {
}
