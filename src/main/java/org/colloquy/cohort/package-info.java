/**
 * Classes (cohorts): who teaches and who studies together, on which course, and the join codes that let students in.
 */
@NullMarked
package org.colloquy.cohort;

import org.jspecify.annotations.NullMarked;
