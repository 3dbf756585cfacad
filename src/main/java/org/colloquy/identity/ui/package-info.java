/**
 * The pages of identity: signing in and choosing a password from a one-time link.
 */
@NullMarked
package org.colloquy.identity.ui;

import org.jspecify.annotations.NullMarked;
