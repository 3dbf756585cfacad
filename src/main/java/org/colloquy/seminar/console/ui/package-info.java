/**
 * The presenter console and its panels.
 */
@NullMarked
package org.colloquy.seminar.console.ui;

import org.jspecify.annotations.NullMarked;
