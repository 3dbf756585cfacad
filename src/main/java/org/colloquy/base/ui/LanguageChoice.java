package org.colloquy.base.ui;

import java.io.Serializable;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.jspecify.annotations.Nullable;

/**
 * The interface language of one browser session: {@code language} is {@code null} to follow the browser;
 * {@code username} is whom it was settled for, {@code null} when chosen before signing in.
 */
record LanguageChoice(@Nullable String username, @Nullable InterfaceLanguage language) implements Serializable {
}
