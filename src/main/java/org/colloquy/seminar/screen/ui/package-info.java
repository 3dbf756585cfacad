/**
 * The projector view and its charts, word cloud and QR code.
 */
@NullMarked
package org.colloquy.seminar.screen.ui;

import org.jspecify.annotations.NullMarked;
