package org.colloquy.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student accounts an instructor provides from a class list: made for whoever has none, each with a one-time link
 * to choose a password. An account whose owner already chose a password gets no link: a link for an account in use
 * would let the instructor take it over. Nor does one still waiting for its first password, unless the instructor
 * teaches a class its student is in ({@link FirstPasswordLinks}): it counts as in use by whoever listed it first.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class StudentAccounts {

    /** What became of one person on the list, with the token of the set-password link to hand out when there is one. */
    public record Provided(long userId, Kind kind, @Nullable String setPasswordToken) {

        /** In use: its owner chose a password, or it waits for the link another class's instructor handed out. */
        public enum Kind { CREATED, EXISTING_AWAITING_PASSWORD, EXISTING_IN_USE }
    }

    private final AccountService accounts;
    private final AppUserRepository users;
    private final SetPasswordLinks links;
    private final FirstPasswordLinks firstPasswordLinks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudentAccounts(AccountService accounts, AppUserRepository users, SetPasswordLinks links,
                    FirstPasswordLinks firstPasswordLinks, CurrentUser currentUser, ApplicationEventPublisher events,
                    Clock clock) {
        this.firstPasswordLinks = firstPasswordLinks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.users = users;
        this.links = links;
    }

    /** Whether the username belongs to an account that is more than a student's: it cannot be enrolled from a list. */
    @Transactional(readOnly = true)
    public boolean isStaff(String username) {
        return users.findByUsername(Usernames.canonical(username)).filter(user -> !user.getRoles().equals(Set.of(Role.STUDENT))).isPresent();
    }

    /** The student account with this username, made (awaiting a password) when there is none. */
    @Transactional
    public Provided provide(String username, String displayName) {
        AppUser existing = users.findByUsername(Usernames.canonical(username)).orElse(null);
        if (existing == null) {
            UserRef created = accounts.createStudentAwaitingPassword(username, displayName);
            return new Provided(created.id(), Provided.Kind.CREATED, invitation(created.id()));
        }
        long userId = Objects.requireNonNull(existing.getId());
        if (links.awaitsFirstPassword(userId) && firstPasswordLinks.mayHandOutFor(userId)) {
            return new Provided(userId, Provided.Kind.EXISTING_AWAITING_PASSWORD, invitation(userId));
        }
        return new Provided(userId, Provided.Kind.EXISTING_IN_USE, null);
    }

    /** A first-password link, also said as an event, so that the student gets it by email when she has an address. */
    private String invitation(long userId) {
        String token = links.issue(userId);
        events.publishEvent(new SetPasswordLinkIssued(userId, token, SetPasswordLinkIssued.Purpose.INVITATION,
                currentUser.find().map(UserRef::id).orElse(null), clock.instant().plus(SetPasswordLinks.VALID_FOR)));
        return token;
    }
}
