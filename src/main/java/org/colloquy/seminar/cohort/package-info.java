/**
 * A live session run for a class: who of the class answered, answers its instructors starred, the class's argument map.
 */
@NullMarked
package org.colloquy.seminar.cohort;

import org.jspecify.annotations.NullMarked;
