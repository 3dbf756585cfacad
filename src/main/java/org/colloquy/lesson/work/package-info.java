/**
 * Work already written: a student's own (My work, her data) and a class's, for its instructors.
 */
@NullMarked
package org.colloquy.lesson.work;

import org.jspecify.annotations.NullMarked;
