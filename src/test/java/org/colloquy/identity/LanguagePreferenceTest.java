package org.colloquy.identity;

import org.colloquy.IntegrationTest;

/** The chosen interface language on H2, through migration V8. */
@IntegrationTest
class LanguagePreferenceTest extends LanguagePreferenceContract {
}
