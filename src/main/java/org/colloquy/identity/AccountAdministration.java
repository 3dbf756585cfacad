package org.colloquy.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.identity.SetPasswordLinkIssued.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as admins manage them (decision 0043): everyone listed and searched, instructors and seminar leaders
 * invited with a one-time link, roles changed, accounts deactivated (never deleted: her work stays) and reactivated,
 * links to choose a new password; and, for instructors, colleagues found or invited to teach with them. Each change
 * is published as an {@link AccountChanged} in its transaction, and each link as a {@link SetPasswordLinkIssued}.
 * An admin cannot deactivate herself, and the last active admin keeps her role and her account.
 */
@Service
public class AccountAdministration {

    /** Longer addresses are not delivered by mail servers (RFC 5321 path limit). */
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Set<Role> TEACHING_ROLES = EnumSet.of(Role.INSTRUCTOR, Role.SEMINAR_LEADER);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final AccountService accounts;
    private final SetPasswordLinks links;
    private final CurrentUser currentUser;
    private final AccountStates states;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(AppUserRepository users, AccountService accounts, SetPasswordLinks links,
                          CurrentUser currentUser, AccountStates states, ApplicationEventPublisher events,
                          Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.links = links;
        this.currentUser = currentUser;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the people whose name, username or address contains the text, with the role if one is given. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<Person> find(String search, @Nullable Role role, int offset, int limit, PeopleOrder order,
                             boolean descending) {
        int size = Math.max(1, Math.min(limit, 500));
        Sort sort = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, order.property())
                .and(Sort.by("id"));
        return users.search(pattern(search), role, PageRequest.of(Math.max(0, offset) / size, size, sort)).stream()
                .map(Person::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String search, @Nullable Role role) {
        return users.countSearch(pattern(search), role);
    }

    /** The names of these accounts, for an admin reading who did what. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, Person> peopleById(Collection<Long> accountIds) {
        Map<Long, Person> people = new HashMap<>();
        users.findAllById(accountIds).forEach(user -> people.put(Objects.requireNonNull(user.getId()), Person.of(user)));
        return people;
    }

    /** Makes an account for a new instructor, seminar leader or admin, with a link to choose her first password. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedLink invite(String displayName, String email, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw Refusal.of("account.refused.no-roles");
        }
        return newAccount(displayName, email, roles);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeRoles(long accountId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw Refusal.of("account.refused.no-roles");
        }
        AppUser user = existing(accountId);
        Set<Role> before = user.getRoles();
        if (before.equals(roles)) {
            return;
        }
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && isLastActiveAdmin(user)) {
            throw Refusal.of("account.refused.last-admin");
        }
        user.changeRoles(roles);
        events.publishEvent(new AccountChanged(accountId, me(), AccountChanged.Change.ROLES_CHANGED, before,
                user.getRoles()));
    }

    /** She can no longer sign in, her open sessions end at their next request, and her unused links stop working. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deactivate(long accountId) {
        AppUser user = existing(accountId);
        if (accountId == me()) {
            throw Refusal.of("account.refused.deactivate-self");
        }
        if (!user.isActive()) {
            return;
        }
        if (user.getRoles().contains(Role.ADMIN) && isLastActiveAdmin(user)) {
            throw Refusal.of("account.refused.last-admin");
        }
        user.deactivate(clock.instant());
        links.cancelUnused(accountId);
        states.forget(user.getUsername());
        events.publishEvent(new AccountChanged(accountId, me(), AccountChanged.Change.DEACTIVATED, user.getRoles(),
                user.getRoles()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reactivate(long accountId) {
        AppUser user = existing(accountId);
        if (user.isActive()) {
            return;
        }
        user.reactivate();
        states.forget(user.getUsername());
        events.publishEvent(new AccountChanged(accountId, me(), AccountChanged.Change.REACTIVATED, user.getRoles(),
                user.getRoles()));
    }

    /** A link for her to choose a new password; any earlier unused link stops working. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedLink resetLink(long accountId) {
        AppUser user = existing(accountId);
        if (!user.isActive()) {
            throw Refusal.of("account.refused.deactivated", user.getDisplayName());
        }
        events.publishEvent(new AccountChanged(accountId, me(), AccountChanged.Change.RESET_LINK_ISSUED,
                user.getRoles(), user.getRoles()));
        return links.issueAndAnnounce(accountId, Purpose.RESET, me());
    }

    /** The active account with this username or email address, for an instructor who adds a colleague to a class. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<UserRef> findColleague(String usernameOrEmail) {
        if (hasLineBreak(usernameOrEmail)) {
            return Optional.empty();
        }
        Optional<AppUser> byName = Usernames.accountName(usernameOrEmail).flatMap(users::findByUsername);
        Optional<AppUser> found = byName.isPresent() ? byName : users.findByEmail(address(usernameOrEmail));
        return found.filter(AppUser::isActive).map(UserRef::of);
    }

    /** An account for someone new an instructor asks to teach with her, as an instructor or a seminar leader. */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public IssuedLink inviteColleague(String displayName, String email, Role role) {
        if (!TEACHING_ROLES.contains(role)) {
            throw new org.springframework.security.access.AccessDeniedException("Only admins give other roles.");
        }
        return newAccount(displayName, email, EnumSet.of(role));
    }

    /** Whether a typed text holds a line break: never in a name or an address (it would end a mail header). */
    public static boolean hasLineBreak(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\u0085') >= 0
                || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
    }

    private IssuedLink newAccount(String displayName, String email, Set<Role> roles) {
        String name = AnswerText.oneLine(displayName);
        if (hasLineBreak(displayName)) {
            throw Refusal.of("account.refused.name-line-break");
        }
        if (name.isEmpty() || name.length() > AccountService.MAX_DISPLAY_NAME_LENGTH) {
            throw Refusal.of("account.refused.person-name-length", AccountService.MAX_DISPLAY_NAME_LENGTH);
        }
        String address = checkedAddress(email);
        if (users.findByEmail(address).isPresent()) {
            throw Refusal.of("account.refused.email-taken", address);
        }
        String username = Usernames.accountName(address).filter(candidate -> users.findByUsername(candidate).isEmpty())
                .orElseGet(this::freshUsername);
        UserRef created = accounts.createAwaitingPassword(username, name, roles);
        AppUser user = users.findById(created.id()).orElseThrow();
        user.changeEmail(address);
        Long by = me();
        events.publishEvent(new AccountChanged(created.id(), by, AccountChanged.Change.INVITED, Set.of(), roles));
        return links.issueAndAnnounce(created.id(), Purpose.INVITATION, by);
    }

    /** The address as stored: no line breaks, the shape of an address, lower case, at most 254 characters. */
    static String checkedAddress(String email) {
        if (hasLineBreak(email)) {
            throw Refusal.of("account.refused.email-line-break");
        }
        String address = address(email);
        if (address.length() > MAX_EMAIL_LENGTH || !Contacts.looksLikeAddress(address)) {
            throw Refusal.of("account.refused.email-shape", MAX_EMAIL_LENGTH);
        }
        return address;
    }

    static String address(String typed) {
        return AnswerText.oneLine(typed).toLowerCase(Locale.ROOT);
    }

    private String freshUsername() {
        String name;
        do {
            name = "person-" + (100000 + RANDOM.nextInt(900000));
        } while (users.findByUsername(name).isPresent());
        return name;
    }

    private boolean isLastActiveAdmin(AppUser user) {
        return user.isActive() && users.countActiveWith(Role.ADMIN) <= 1;
    }

    private AppUser existing(long accountId) {
        return users.findById(accountId).orElseThrow(() -> Refusal.of("account.refused.no-such-person"));
    }

    private long me() {
        return currentUser.require().id();
    }

    /** A {@code like} pattern for the typed text, lower case, its wildcards taken literally. */
    private static String pattern(String search) {
        String text = AnswerText.oneLine(search).toLowerCase(Locale.ROOT);
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
