/** The email settings page of every signed-in person and the admins' page of the outbox. */
@NullMarked
package org.colloquy.mail.ui;

import org.jspecify.annotations.NullMarked;
