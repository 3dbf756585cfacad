/**
 * The phone view that follows the leader's pace, for students and guests.
 */
@NullMarked
package org.colloquy.seminar.audience.ui;

import org.jspecify.annotations.NullMarked;
