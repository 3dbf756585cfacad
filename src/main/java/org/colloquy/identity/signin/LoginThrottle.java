package org.colloquy.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.colloquy.identity.Usernames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking the real person out (decision 0031). A sign-in from a device that signed
 * in to the account before (a {@link KnownDevices known device}) is counted only against that device. Any other is
 * counted against the account at its address, the account from everywhere, and the address over all accounts;
 * whichever has used its {@link LoginThrottlePolicy burst} pauses it. So a stranger's guessing pauses strangers: the
 * person herself still signs in from her own phone or laptop, and a school's shared address takes hundreds of typos
 * an hour. Accounts are counted by their {@linkplain Usernames#canonical canonical name}, whether or not one exists,
 * so a pause says nothing about which accounts exist. The failures are kept in the database (decision 0048): every
 * node of a cluster counts the same ones, and a restart forgets none.
 */
@Component
public class LoginThrottle {

    /** The HTTP session attribute, an {@link Instant}, that tells the sign-in page until when signing in is paused. */
    public static final String PAUSED_UNTIL = LoginThrottle.class.getName() + ".pausedUntil";

    /** Longer than any username: longer text names no account, and is counted by its start only. */
    private static final int LONGEST_KEY = 101;

    private final Clock clock;
    private final FailureCounter accountsAtAddresses;
    private final FailureCounter accounts;
    private final FailureCounter addresses;
    private final FailureCounter knownDevices;

    @Autowired
    LoginThrottle(Clock clock, FailureLedger ledger,
                  @Value("${colloquy.sign-in.failures-per-address-per-hour:500}") int perAddressPerHour) {
        this(clock, ledger, LoginThrottlePolicy.perAccountAtOneAddress(), LoginThrottlePolicy.perAccount(),
                LoginThrottlePolicy.perAddress(perAddressPerHour), LoginThrottlePolicy.perKnownDevice());
    }

    /** The counters' names are what the table {@code sign_in_failure} stores: renaming one forgets its failures. */
    LoginThrottle(Clock clock, FailureLedger ledger, LoginThrottlePolicy perAccountAtOneAddress,
                  LoginThrottlePolicy perAccount, LoginThrottlePolicy perAddress, LoginThrottlePolicy perKnownDevice) {
        this.clock = clock;
        this.accountsAtAddresses = new FailureCounter("account-at-address", perAccountAtOneAddress, ledger);
        this.accounts = new FailureCounter("account", perAccount, ledger);
        this.addresses = new FailureCounter("address", perAddress, ledger);
        this.knownDevices = new FailureCounter("known-device", perKnownDevice, ledger);
    }

    /**
     * Until when a sign-in as {@code username} (as typed) from {@code address} is refused without looking at the
     * password; {@code knownDevice} is the device's mark when it signed in to that account before.
     */
    Optional<Instant> pausedUntil(String username, String address, Optional<String> knownDevice) {
        Instant now = clock.instant();
        if (knownDevice.isPresent()) {
            return knownDevices.pausedUntil(knownDevice.get(), now);
        }
        String account = account(username);
        return Stream.of(accountsAtAddresses.pausedUntil(accountAtAddress(account, address), now),
                        accounts.pausedUntil(account, now), addresses.pausedUntil(address, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    void failed(String username, String address, Optional<String> knownDevice) {
        Instant now = clock.instant();
        if (knownDevice.isPresent()) {
            knownDevices.recordFailure(knownDevice.get(), now);
            return;
        }
        String account = account(username);
        accountsAtAddresses.recordFailure(accountAtAddress(account, address), now);
        accounts.recordFailure(account, now);
        addresses.recordFailure(address, now);
    }

    /**
     * Forgives the failures of this account at this address, and of the device. Not those of the account from
     * everywhere, nor of the address: the owner signing in must not buy a stranger a fresh round of guesses.
     */
    void succeeded(String username, String address, Optional<String> knownDevice) {
        accountsAtAddresses.reset(accountAtAddress(account(username), address));
        knownDevice.ifPresent(knownDevices::reset);
    }

    /** A canonical name holds no line break, so no other account and address make the same key. */
    private static String accountAtAddress(String account, String address) {
        return account + "\n" + address;
    }

    private static String account(String username) {
        String account = Usernames.canonical(username);
        return account.length() > LONGEST_KEY ? account.substring(0, LONGEST_KEY) : account;
    }
}
