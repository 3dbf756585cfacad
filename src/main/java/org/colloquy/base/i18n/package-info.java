/**
 * Interface text in English, Simplified Chinese and Russian: one message bundle per feature. Named interface
 * {@code i18n} of the {@code base} module: every feature speaks through it (decision 0028).
 */
@NullMarked
@NamedInterface("i18n")
package org.colloquy.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
