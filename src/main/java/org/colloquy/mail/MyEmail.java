package org.colloquy.mail;

import org.jspecify.annotations.Nullable;

/**
 * What the signed-in person's email settings page shows.
 *
 * @param address where her email goes, or {@code null} when her account has none
 * @param sendingOn whether this app sends email at all (a mail server is set)
 * @param reminders whether she gets a reminder a day before a lesson is due
 */
public record MyEmail(@Nullable String address, boolean sendingOn, boolean reminders) {
}
