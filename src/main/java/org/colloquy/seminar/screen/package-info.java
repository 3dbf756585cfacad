/**
 * The big screen: what the projector shows, only what the leader revealed, never names.
 */
@NullMarked
package org.colloquy.seminar.screen;

import org.jspecify.annotations.NullMarked;
