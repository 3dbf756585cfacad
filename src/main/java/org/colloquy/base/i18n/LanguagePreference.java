package org.colloquy.base.i18n;

import java.util.Optional;

/**
 * Where a signed-in person's choice of interface language is kept (the account feature provides it as a Spring
 * bean). Both methods act on the signed-in person only; for nobody signed in they do nothing.
 */
public interface LanguagePreference {

    /** The language the signed-in person chose, or empty when they never chose one (or nobody is signed in). */
    Optional<InterfaceLanguage> stored();

    /** Keeps the signed-in person's choice for their next sign-in. */
    void store(InterfaceLanguage language);
}
