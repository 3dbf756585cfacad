/**
 * The audience with accounts: a student joins a live session by its code and answers from her phone.
 */
@NullMarked
package org.colloquy.seminar.audience;

import org.jspecify.annotations.NullMarked;
