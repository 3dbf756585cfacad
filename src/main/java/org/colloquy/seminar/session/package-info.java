/**
 * A live session and its prompts: opening one, its answers, the leader's rules and the updates every live view follows.
 * The console, the audience, the guests, the big screen and the results build on it.
 */
@NullMarked
package org.colloquy.seminar.session;

import org.jspecify.annotations.NullMarked;
