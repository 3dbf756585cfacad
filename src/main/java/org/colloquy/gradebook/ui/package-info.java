/**
 * The gradebook page of a class and its downloads.
 */
@NullMarked
package org.colloquy.gradebook.ui;

import org.jspecify.annotations.NullMarked;
