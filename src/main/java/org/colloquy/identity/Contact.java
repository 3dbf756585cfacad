package org.colloquy.identity;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a person outside the app: her name, her email address if she has one, and the interface language she
 * reads, for whoever writes to her (mail).
 *
 * @param accountId her account
 * @param displayName her name as the app shows it
 * @param email where she gets email, or {@code null} when nobody gave an address
 * @param language the code of her interface language ({@code en}, {@code zh}, {@code ru}), {@code en} until she chose
 */
public record Contact(long accountId, String displayName, @Nullable String email, String language) {
}
