/**
 * Finds the questions an essay leaves open, sentence by sentence: those it asks outright and those it only implies
 * ("whether…", "remains to be seen", 是否, "ли"), each with the reason it was picked (decision 0036).
 */
@NullMarked
package org.colloquy.studio.questions;

import org.jspecify.annotations.NullMarked;
