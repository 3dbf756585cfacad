/**
 * The gradebook of a class, for its instructors: one row per student, per lesson her completion, check score, rubric
 * points and live answers, and her total; downloads shaped for the gradebook imports of Moodle and Canvas. It reads
 * the work of the class through the services of cohort, lesson, review and seminar, never their tables.
 */
@NullMarked
package org.colloquy.gradebook;

import org.jspecify.annotations.NullMarked;
