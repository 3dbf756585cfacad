package org.colloquy.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.colloquy.identity.SetPasswordLinkIssued.Purpose;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone who forgot her password asks for a link by email from the sign-in page (decision 0043). The answer is the
 * same whether an active account has the address or not, and so is the work done: each request is counted, and
 * only an account's link is announced ({@link SetPasswordLinkIssued}, purpose RESET, issued by nobody) for mail to
 * send. At most {@link #PER_ADDRESS_PER_HOUR} requests per address and hour are honoured; more are answered the same.
 */
@Service
public class PasswordResets {

    static final int PER_ADDRESS_PER_HOUR = 3;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final AppUserRepository users;
    private final PasswordResetRequestRepository requests;
    private final SetPasswordLinks links;
    private final Clock clock;

    PasswordResets(AppUserRepository users, PasswordResetRequestRepository requests, SetPasswordLinks links,
                   Clock clock) {
        this.users = users;
        this.requests = requests;
        this.links = links;
        this.clock = clock;
    }

    /** Refuses only text that is no address (said where she typed); otherwise answers nothing, whatever happened. */
    @Transactional
    @PreAuthorize("isAnonymous()")
    public void request(String email) {
        String address = AccountAdministration.checkedAddress(email);
        String hash = SetPasswordLinks.hash(address);
        Instant now = clock.instant();
        requests.deleteOlderThan(now.minus(WINDOW));
        long recent = requests.countByAddressHashAndRequestedAtAfter(hash, now.minus(WINDOW));
        requests.save(new PasswordResetRequest(hash, now));
        if (recent >= PER_ADDRESS_PER_HOUR) {
            return;
        }
        users.findByEmail(address).filter(AppUser::isActive)
                .ifPresent(user -> links.issueAndAnnounce(java.util.Objects.requireNonNull(user.getId()),
                        Purpose.RESET, null));
    }
}
