/**
 * When lessons open, are due and close for a class, extensions for one student, and what is late.
 */
@NullMarked
package org.colloquy.schedule;

import org.jspecify.annotations.NullMarked;
