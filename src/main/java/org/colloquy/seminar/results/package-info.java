/**
 * After a live session: every prompt, answer and moderation state, for the class's instructors.
 */
@NullMarked
package org.colloquy.seminar.results;

import org.jspecify.annotations.NullMarked;
