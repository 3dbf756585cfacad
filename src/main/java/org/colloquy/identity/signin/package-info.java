/**
 * How people sign in: the web security set-up, the sign-in throttle and its pauses, request size limits.
 */
@NullMarked
package org.colloquy.identity.signin;

import org.jspecify.annotations.NullMarked;
