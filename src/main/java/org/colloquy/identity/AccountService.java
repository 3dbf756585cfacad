package org.colloquy.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

@Service
public class AccountService {

    /** The longest name a person is shown by. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Supplier<String> unusablePasswordHash;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.unusablePasswordHash = SingletonSupplier.of(() -> passwordEncoder.encode(randomSecret()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserRef createAccount(String username, String displayName, String rawPassword, Set<Role> roles) {
        return create(username, displayName, rawPassword, roles);
    }

    /** The names people chose to be shown by, for the leaders and instructors who see who wrote what. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'SEMINAR_LEADER')")
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        users.findAllById(userIds).forEach(user -> names.put(Objects.requireNonNull(user.getId()), user.getDisplayName()));
        return names;
    }

    /**
     * The instructor with this username (in any case or width), for an instructor or admin who names a colleague (a
     * course's co-owner); empty for anyone else, students included, so the answer says nothing about other accounts.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Optional<UserRef> findInstructor(String username) {
        return Usernames.accountName(Usernames.canonical(username)).flatMap(users::findByUsername)
                .filter(user -> user.getRoles().contains(Role.INSTRUCTOR)).map(UserRef::of);
    }

    /** The names of these staff accounts (instructors and admins), for the list of a course's owners; no student's. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Map<Long, String> staffNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        users.findAllById(userIds).stream()
                .filter(user -> user.getRoles().contains(Role.INSTRUCTOR) || user.getRoles().contains(Role.ADMIN))
                .forEach(user -> names.put(Objects.requireNonNull(user.getId()), user.getDisplayName()));
        return names;
    }

    /** The account with this username (in any case or width), for an admin acting on one person's behalf. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<UserRef> findByUsername(String username) {
        return Usernames.accountName(username).flatMap(users::findByUsername).map(UserRef::of);
    }

    /** Someone without an account signs herself up as a student (she arrived with a class's join code). */
    @Transactional
    @PreAuthorize("isAnonymous()")
    public UserRef signUpStudent(String username, String displayName, String rawPassword) {
        return create(username, displayName, rawPassword, EnumSet.of(Role.STUDENT));
    }

    /** Creates an account while nobody is signed in: demo seeding and the first admin at start-up. */
    @Transactional
    UserRef createAtStartup(String username, String displayName, String rawPassword, Set<Role> roles) {
        return create(username, displayName, rawPassword, roles);
    }

    /**
     * Creates a student account nobody can sign in to until they choose a password through a set-password link.
     * Its hash is of a random secret that is never kept, computed once: hashing per account would make a large
     * roster import take minutes.
     */
    @Transactional
    UserRef createStudentAwaitingPassword(String username, String displayName) {
        return save(availableUsername(username), displayName, unusablePasswordHash.get(), EnumSet.of(Role.STUDENT));
    }

    /** An account with these roles nobody can sign in to until she chooses a password through a set-password link. */
    @Transactional
    UserRef createAwaitingPassword(String username, String displayName, Set<Role> roles) {
        return save(availableUsername(username), displayName, unusablePasswordHash.get(), roles);
    }

    @Transactional(readOnly = true)
    boolean anyAccountExists() {
        return users.count() > 0;
    }

    private UserRef create(String username, String displayName, String rawPassword, Set<Role> roles) {
        String name = availableUsername(username);
        if (rawPassword.length() < 8) {
            throw Refusal.of("account.refused.password-short", 8);
        }
        return save(name, displayName, passwordEncoder.encode(rawPassword), roles);
    }

    private String availableUsername(String username) {
        String name = Usernames.canonical(username);
        if (!Usernames.isValid(name)) {
            throw Refusal.of("account.refused.username-rule");
        }
        if (users.findByUsername(name).isPresent()) {
            throw Refusal.of("account.refused.username-taken", name);
        }
        return name;
    }

    private UserRef save(String username, String displayName, String passwordHash, Set<Role> roles) {
        AppUser user = new AppUser(username, AnswerText.oneLine(displayName), passwordHash, roles, clock.instant());
        if (Contacts.looksLikeAddress(username) && users.findByEmail(username).isEmpty()) {
            user.changeEmail(username);
        }
        return UserRef.of(users.save(user));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
