/**
 * Who someone is: accounts, roles, the signed-in person and her language.
 * How she signs in lives in {@code signin}, her password in {@code password}; a later LMS sign-in or people admin goes here.
 */
@NullMarked
package org.colloquy.identity;

import org.jspecify.annotations.NullMarked;
