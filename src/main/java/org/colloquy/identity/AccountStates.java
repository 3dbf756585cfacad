package org.colloquy.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an account may sign in and stay signed in, for the web security filters (decision 0043). A deactivated
 * account is refused after its password was checked, and an open session of hers ends at its next request. The answer
 * is remembered for a few seconds per username, so that a busy page does not ask the database at every request; a
 * deactivation on this node is seen at once, one on another node within {@link #REMEMBERED_FOR}. Not a page's
 * service: it answers the filters about the person of the request, whoever that is.
 */
@Component
public class AccountStates {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(5);
    private static final int MOST_REMEMBERED = 10_000;

    private record Checked(boolean active, Instant at) {
    }

    private final AppUserRepository users;
    private final Clock clock;
    private final Map<String, Checked> remembered = new ConcurrentHashMap<>();

    AccountStates(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Whether the signed-in account with this username may go on; a deactivated or vanished one may not. */
    @Transactional(readOnly = true)
    public boolean mayStaySignedIn(String username) {
        String name = Usernames.canonical(username);
        Instant now = clock.instant();
        Checked checked = remembered.get(name);
        if (checked != null && checked.at().plus(REMEMBERED_FOR).isAfter(now)) {
            return checked.active();
        }
        boolean active = users.findByUsername(name).map(AppUser::isActive).orElse(false);
        if (remembered.size() >= MOST_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(name, new Checked(active, now));
        return active;
    }

    /**
     * Called once her password was accepted: whether the account may sign in, and if so, when it did is recorded.
     */
    @Transactional
    public boolean admitSignIn(String username) {
        String name = Usernames.canonical(username);
        AppUser user = users.findByUsername(name).orElse(null);
        if (user == null || !user.isActive()) {
            return false;
        }
        user.signedIn(clock.instant());
        remembered.remove(name);
        return true;
    }

    void forget(String username) {
        remembered.remove(Usernames.canonical(username));
    }
}
