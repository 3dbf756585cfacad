/**
 * Work already written: a student's own (My work, her data) and a class's, for its instructors. Named interface
 * {@code work} of the {@code lesson} module: review, discussion and the heat map read written work through it
 * (decision 0028).
 */
@NullMarked
@NamedInterface("work")
package org.colloquy.lesson.work;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
