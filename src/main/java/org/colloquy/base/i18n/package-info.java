/** Interface text in English, Simplified Chinese and Russian: one message bundle per feature. */
@NullMarked
package org.colloquy.base.i18n;

import org.jspecify.annotations.NullMarked;
