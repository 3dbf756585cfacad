/**
 * Email: what the app writes to people after something happened to them (a set-password link, feedback released, a
 * reply to their post, a lesson due tomorrow). Messages are queued in an outbox after the commit of what caused them
 * and sent by a worker that claims each one with a lease; admins see what failed (decision 0044).
 */
@NullMarked
package org.colloquy.mail;

import org.jspecify.annotations.NullMarked;
