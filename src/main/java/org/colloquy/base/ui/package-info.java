/**
 * The frame of every page and the small pieces of interface every feature shares (time, plain text, not-found).
 * Named interface {@code ui} of the {@code base} module: every feature may use it (decision 0028).
 */
@NullMarked
@NamedInterface("ui")
package org.colloquy.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
