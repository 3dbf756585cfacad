package org.colloquy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.cohort.RosterImportServiceTest;

@IntegrationTest
class PasswordSetupServiceTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;
    @Autowired
    PasswordSetupService passwordSetup;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private String email;
    private String token;

    @BeforeEach
    void anInstructorImportsAStudentWhoOpensHerLink() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Link class");
        email = "ana@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        var result = (RosterImportResult.Imported) roster.importRoster(cohort.id(), "name,email\nAna Petrova," + email);
        token = RosterImportServiceTest.token(result.entries().getFirst());
        accounts.signInAnonymously();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_link_names_the_account_it_is_for() {
        assertThat(passwordSetup.describe(token)).isEqualTo(new SetupLink.Usable(email, "Ana Petrova"));
    }

    @Test
    void a_student_chooses_her_password_once_and_signs_in_with_it() {
        SetPasswordOutcome outcome = passwordSetup.setPassword(token, "correct horse", "correct horse");

        assertThat(outcome).isEqualTo(new SetPasswordOutcome.PasswordSet(email));
        String storedHash = userDetails.loadUserByUsername(email).getPassword();
        assertThat(storedHash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("correct horse", storedHash)).isTrue();
    }

    @Test
    void a_used_link_says_it_was_used_and_changes_nothing() {
        passwordSetup.setPassword(token, "correct horse", "correct horse");

        SetPasswordOutcome second = passwordSetup.setPassword(token, "another password", "another password");

        assertThat(second).isInstanceOf(SetPasswordOutcome.UsedLink.class);
        assertThat(second.message()).startsWith("This link has been used already");
        assertThat(passwordSetup.describe(token)).isEqualTo(new SetupLink.Unusable(second));
        assertThat(passwordEncoder.matches("correct horse", userDetails.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void an_expired_link_says_it_expired() {
        jdbc.update("update password_setup set expires_at = ? where token_hash = ?",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), SetPasswordLinks.hash(token));

        SetPasswordOutcome outcome = passwordSetup.setPassword(token, "correct horse", "correct horse");

        assertThat(outcome).isInstanceOf(SetPasswordOutcome.ExpiredLink.class);
        assertThat(outcome.message()).isEqualTo("This link has expired: links work for 14 days. Ask your instructor for a new one.");
        assertThat(passwordSetup.describe(token)).isEqualTo(new SetupLink.Unusable(outcome));
    }

    @Test
    void a_link_is_valid_for_fourteen_days() {
        Timestamp expiry = jdbc.queryForObject("select expires_at from password_setup where token_hash = ?",
                Timestamp.class, SetPasswordLinks.hash(token));

        assertThat(Duration.between(clock.instant(), expiry.toInstant()))
                .isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14));
    }

    @Test
    void an_unknown_link_says_so() {
        SetPasswordOutcome outcome = passwordSetup.setPassword(token + "x", "correct horse", "correct horse");

        assertThat(outcome).isInstanceOf(SetPasswordOutcome.UnknownLink.class);
        assertThat(outcome.message()).startsWith("This link is not valid.");
        assertThat(passwordSetup.describe("")).isEqualTo(new SetupLink.Unusable(outcome));
    }

    @Test
    void a_short_or_mistyped_password_is_refused_and_the_link_still_works() {
        assertThat(passwordSetup.setPassword(token, "short", "short")).isEqualTo(
                new SetPasswordOutcome.PasswordRejected(Text.of("account.refused.password-short", 8)));
        assertThat(passwordSetup.setPassword(token, "correct horse", "correct hrose")).isEqualTo(
                new SetPasswordOutcome.PasswordRejected(Text.of("account.refused.passwords-differ")));
        assertThat(passwordSetup.setPassword(token, "é".repeat(40), "é".repeat(40)))
                .isInstanceOf(SetPasswordOutcome.PasswordRejected.class);

        assertThat(passwordSetup.setPassword(token, "correct horse", "correct horse"))
                .isInstanceOf(SetPasswordOutcome.PasswordSet.class);
    }

    @Test
    void an_imported_account_cannot_sign_in_before_its_password_is_chosen() {
        String storedHash = userDetails.loadUserByUsername(email).getPassword();

        assertThat(passwordEncoder.matches("", storedHash)).isFalse();
        assertThat(passwordEncoder.matches(email, storedHash)).isFalse();
    }

    @Test
    void someone_signed_in_cannot_use_a_link() {
        accounts.signInNew("student", Role.STUDENT);

        assertThatThrownBy(() -> passwordSetup.setPassword(token, "correct horse", "correct horse"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passwordSetup.describe(token)).isInstanceOf(AccessDeniedException.class);
    }
}
