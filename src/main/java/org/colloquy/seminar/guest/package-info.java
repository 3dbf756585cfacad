/**
 * Guests: people without an account who join a session that allows them, under a display name and a token.
 */
@NullMarked
package org.colloquy.seminar.guest;

import org.jspecify.annotations.NullMarked;
