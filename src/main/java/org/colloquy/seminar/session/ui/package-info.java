/**
 * Starting a live session, and the pieces every live view shares: updates, countdown, prompt text, join address.
 */
@NullMarked
package org.colloquy.seminar.session.ui;

import org.jspecify.annotations.NullMarked;
