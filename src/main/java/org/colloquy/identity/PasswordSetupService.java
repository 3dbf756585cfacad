package org.colloquy.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import org.colloquy.base.i18n.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets someone who holds a one-time set-password link choose the password of their account. */
@Service
public class PasswordSetupService {

    static final int MIN_PASSWORD_LENGTH = 8;
    /** Bcrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final int MAX_TOKEN_LENGTH = 100;

    private final PasswordSetupRepository setups;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PasswordSetupService(PasswordSetupRepository setups, AppUserRepository users, PasswordEncoder passwordEncoder,
                         Clock clock) {
        this.setups = setups;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The account a link is for, for the form, or why the link cannot be used. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAnonymous()")
    public SetupLink describe(String token) {
        PasswordSetup setup = find(token);
        if (setup == null) {
            return new SetupLink.Unusable(new SetPasswordOutcome.UnknownLink());
        }
        SetPasswordOutcome problem = usedOrExpired(setup);
        if (problem != null) {
            return new SetupLink.Unusable(problem);
        }
        AppUser user = users.findById(setup.getUserId()).orElseThrow();
        if (!user.isActive()) {
            return new SetupLink.Unusable(new SetPasswordOutcome.UnknownLink());
        }
        return new SetupLink.Usable(user.getUsername(), user.getDisplayName());
    }

    @Transactional
    @PreAuthorize("isAnonymous()")
    public SetPasswordOutcome setPassword(String token, String newPassword, String repeated) {
        PasswordSetup setup = find(token);
        if (setup == null) {
            return new SetPasswordOutcome.UnknownLink();
        }
        SetPasswordOutcome problem = usedOrExpired(setup);
        if (problem != null) {
            return problem;
        }
        if (users.findById(setup.getUserId()).filter(AppUser::isActive).isEmpty()) {
            return new SetPasswordOutcome.UnknownLink();
        }
        Text rejection = passwordRejection(newPassword, repeated);
        if (rejection != null) {
            return new SetPasswordOutcome.PasswordRejected(rejection);
        }
        if (setups.markUsed(Objects.requireNonNull(setup.getId()), clock.instant()) == 0) {
            return new SetPasswordOutcome.UsedLink();
        }
        AppUser user = users.findById(setup.getUserId()).orElseThrow();
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        return new SetPasswordOutcome.PasswordSet(user.getUsername());
    }

    private @Nullable PasswordSetup find(String token) {
        String trimmed = token.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        return setups.findByTokenHash(SetPasswordLinks.hash(trimmed)).orElse(null);
    }

    private @Nullable SetPasswordOutcome usedOrExpired(PasswordSetup setup) {
        if (setup.isUsed()) {
            return new SetPasswordOutcome.UsedLink();
        }
        if (!clock.instant().isBefore(setup.getExpiresAt())) {
            return new SetPasswordOutcome.ExpiredLink();
        }
        return null;
    }

    private static @Nullable Text passwordRejection(String newPassword, String repeated) {
        if (newPassword.codePointCount(0, newPassword.length()) < MIN_PASSWORD_LENGTH) {
            return Text.of("account.refused.password-short", MIN_PASSWORD_LENGTH);
        }
        if (newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Text.of("account.refused.password-long", MAX_PASSWORD_BYTES);
        }
        if (!newPassword.equals(repeated)) {
            return Text.of("account.refused.passwords-differ");
        }
        return null;
    }
}
