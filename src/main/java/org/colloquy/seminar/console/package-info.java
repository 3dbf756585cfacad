/**
 * The leader's console: the pace of prompts, incoming answers to approve or hide, guests, countdown, stars, ending.
 */
@NullMarked
package org.colloquy.seminar.console;

import org.jspecify.annotations.NullMarked;
