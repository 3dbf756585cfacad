/** Finding the questions an essay leaves open, explicit and implied. */
@NullMarked
package org.colloquy.studio.questions;

import org.jspecify.annotations.NullMarked;
