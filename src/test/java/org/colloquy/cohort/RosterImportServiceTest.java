package org.colloquy.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.identity.AccountService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.identity.PasswordSetupService;
import org.colloquy.identity.SetupLink;

@IntegrationTest
public class RosterImportServiceTest {

    private static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;
    @Autowired
    PasswordSetupService passwordSetup;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CohortInvitationService invitations;

    private UserRef teacher;
    private CohortRef cohort;
    private String domain;

    @BeforeEach
    void signInAsAnInstructorWithAClass() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Roster class");
        domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_instructor_imports_a_class_list_and_gets_a_one_time_link_for_each_new_student() {
        RosterImportResult result = roster.importRoster(cohort.id(),
                "name,email\nAna Petrova,Ana" + domain + "\nBen Liu,ben" + domain + "\n");

        List<RosterEntry> entries = imported(result);
        assertThat(entries).extracting(RosterEntry::name, RosterEntry::email, RosterEntry::account).containsExactly(
                tuple("Ana Petrova", "ana" + domain, RosterEntry.Account.CREATED),
                tuple("Ben Liu", "ben" + domain, RosterEntry.Account.CREATED));
        assertThat(entries).allSatisfy(entry ->
                assertThat(entry.setPasswordToken()).matches("[A-Za-z0-9_-]{43}"));
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::username, UserRef::displayName).containsExactly(
                tuple("ana" + domain, "Ana Petrova"),
                tuple("ben" + domain, "Ben Liu"));
        assertThat(accounts.stored("ana" + domain).orElseThrow().getRoles()).containsExactly(Role.STUDENT);
    }

    @Test
    void only_a_hash_of_each_link_is_stored() {
        String token = token(imported(roster.importRoster(cohort.id(), "name,email\nAna,ana" + domain)).getFirst());

        List<String> stored = jdbc.queryForList("select token_hash from password_setup", String.class);

        assertThat(stored).contains(TestAccounts.storedFormOfToken(token)).doesNotContain(token);
    }

    @Test
    void a_malformed_class_list_names_the_row_and_column_of_every_problem_and_creates_nothing() {
        long accountsBefore = accounts.count();
        String csv = """
                name,email
                Ana Petrova,ana%1$s
                Bob Stone,bob@
                ,chen%1$s
                Dana Ray,dana%1$s,Smith
                "Eve "the" Bold",eve%1$s
                Finn Hale,
                """.formatted(domain);

        RosterImportResult result = roster.importRoster(cohort.id(), csv);

        assertThat(problems(result)).containsExactly(
                "Row 3, column email: “bob@” is not an email address",
                "Row 4, column name: the name is missing",
                "Row 5, column 3: “Smith” is beyond the last column: a name with a comma goes in double quotes, "
                        + "like \"Petrova, Ana\"",
                "Row 6, column name: text after the closing quote: a \" inside a quoted value is written twice (\"\")",
                "Row 7, column email: the email address is missing");
        assertThat(accounts.count()).isEqualTo(accountsBefore);
        assertThat(cohorts.students(cohort.id())).isEmpty();
    }

    @Test
    void an_address_listed_twice_is_refused_whatever_its_case() {
        RosterImportResult result = roster.importRoster(cohort.id(),
                "name,email\nAna,ana" + domain + "\nBen,ben" + domain + "\nAna again,ANA" + domain);

        assertThat(problems(result)).containsExactly("Row 4, column email: “ANA" + domain + "” is already on row 2");
    }

    @Test
    void a_quoted_name_may_hold_commas_and_the_header_may_come_in_any_order_and_case_after_a_byte_order_mark() {
        RosterImportResult result = roster.importRoster(cohort.id(),
                "\uFEFFEmail,NAME\r\nana" + domain + ",\"Petrova, Ana\"\r\n");

        assertThat(imported(result)).extracting(RosterEntry::name).containsExactly("Petrova, Ana");
        assertThat(accounts.stored("ana" + domain).orElseThrow().getDisplayName()).isEqualTo("Petrova, Ana");
    }

    @Test
    void a_header_that_is_not_name_and_email_is_refused_column_by_column() {
        RosterImportResult result = roster.importRoster(cohort.id(), "name,mail,phone\nAna,ana" + domain + ",123");

        assertThat(problems(result)).containsExactly(
                "Row 1, column 2: “mail” is not a roster column: the header is name,email (in either order) and nothing else",
                "Row 1, column 3: “phone” is not a roster column: the header is name,email (in either order) and nothing else",
                "Row 1, column email: missing from the header: the first row must be name,email");
    }

    @Test
    void names_with_line_breaks_and_over_long_values_are_refused() {
        String longName = "N".repeat(201);
        String longAddress = "a".repeat(95) + domain;
        RosterImportResult result = roster.importRoster(cohort.id(), "name,email\n\"Ana\nPetrova\",ana" + domain
                + "\n" + longName + ",ben" + domain + "\nChen," + longAddress);

        assertThat(problems(result)).containsExactly(
                "Row 2, column name: the name contains a line break, tab or other control character",
                "Row 3, column name: the name has 201 characters; at most 200 fit",
                "Row 4, column email: the address has " + longAddress.length() + " characters; at most 100 fit");
    }

    @Test
    void an_empty_list_and_a_header_alone_are_refused() {
        assertThat(problems(roster.importRoster(cohort.id(), "  \n")))
                .containsExactly("Row 1: the roster is empty: its first row is the header name,email, then one row per student");
        assertThat(problems(roster.importRoster(cohort.id(), "name,email\n")))
                .containsExactly("Row 2: the roster has a header but no students");
    }

    @Test
    void more_than_two_thousand_students_are_refused_before_any_is_created() {
        long accountsBefore = accounts.count();
        String rows = IntStream.rangeClosed(1, 2_001)
                .mapToObj(i -> "Student " + i + ",student" + i + domain)
                .collect(Collectors.joining("\n"));

        RosterImportResult result = roster.importRoster(cohort.id(), "name,email\n" + rows);

        assertThat(problems(result)).containsExactly(
                "Row 2002: a roster holds at most 2,000 students and this one has 2,001: split it into several files");
        assertThat(accounts.count()).isEqualTo(accountsBefore);
    }

    @Test
    void two_thousand_students_are_imported_at_once() {
        String rows = IntStream.rangeClosed(1, 2_000)
                .mapToObj(i -> "Student " + i + ",student" + i + domain)
                .collect(Collectors.joining("\n"));

        List<RosterEntry> entries = imported(roster.importRoster(cohort.id(), "name,email\n" + rows));

        assertThat(entries).hasSize(2_000);
        assertThat(cohorts.requireTeaching(cohort.id()).studentCount()).isEqualTo(2_000);
    }

    @Test
    void a_staff_address_is_refused_and_nothing_else_is_imported() {
        accounts.createExactly("iris" + domain, "Iris Novak", "long-password", Role.INSTRUCTOR);
        long accountsBefore = accounts.count();

        RosterImportResult result = roster.importRoster(cohort.id(),
                "name,email\nAna,ana" + domain + "\nIris,iris" + domain);

        assertThat(problems(result)).containsExactly(
                "Row 3, column email: “iris" + domain + "” belongs to a staff account; only students are imported");
        assertThat(accounts.count()).isEqualTo(accountsBefore);
    }

    @Test
    void a_student_who_chose_her_username_in_capitals_is_listed_as_her_own_account_not_a_new_one() {
        UserRef ana = accounts.createExactly("Ana" + domain.toUpperCase(), "Ana Petrova", "her-own-password",
                Role.STUDENT);
        long before = accounts.count();

        RosterEntry entry = imported(roster.importRoster(cohort.id(), "name,email\nAna P.,ana" + domain)).getFirst();

        assertThat(entry.account()).isEqualTo(RosterEntry.Account.INVITED);
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(invitations.invited(cohort.id())).extracting(UserRef::username).containsExactly("ana" + domain);
        assertThat(ana.username()).isEqualTo("ana" + domain);
    }

    @Test
    void a_student_who_chose_a_password_is_invited_without_a_link_and_not_enrolled() {
        UserRef ana = accounts.createExactly("ana" + domain, "Ana Petrova", "her-own-password", Role.STUDENT);

        RosterEntry entry = imported(roster.importRoster(cohort.id(), "name,email\nAna P.,ana" + domain)).getFirst();

        assertThat(entry.account()).isEqualTo(RosterEntry.Account.INVITED);
        assertThat(entry.setPasswordToken()).isNull();
        assertThat(cohorts.students(cohort.id())).isEmpty();
        assertThat(invitations.invited(cohort.id())).extracting(UserRef::id).containsExactly(ana.id());
    }

    @Test
    void a_class_list_that_names_a_student_already_in_the_class_leaves_her_there_uninvited() {
        UserRef ana = accounts.createExactly("ana" + domain, "Ana Petrova", "her-own-password", Role.STUDENT);
        accounts.signIn(ana);
        cohorts.join(cohort.joinCode());
        accounts.signIn(teacher);

        RosterEntry entry = imported(roster.importRoster(cohort.id(), "name,email\nAna P.,ana" + domain)).getFirst();

        assertThat(entry.account()).isEqualTo(RosterEntry.Account.ALREADY_IN_CLASS);
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::id).containsExactly(ana.id());
        assertThat(invitations.invited(cohort.id())).isEmpty();
    }

    @Test
    void a_student_imported_again_before_choosing_a_password_gets_a_new_link_that_replaces_the_old_one() {
        String csv = "name,email\nAna,ana" + domain;
        String firstToken = token(imported(roster.importRoster(cohort.id(), csv)).getFirst());
        CohortRef secondCohort = cohorts.createCohort(COURSE, "Second class");

        RosterEntry again = imported(roster.importRoster(secondCohort.id(), csv)).getFirst();

        assertThat(again.account()).isEqualTo(RosterEntry.Account.EXISTING_AWAITING_PASSWORD);
        assertThat(cohorts.students(secondCohort.id())).extracting(UserRef::username).containsExactly("ana" + domain);
        accounts.signInAnonymously();
        assertThat(passwordSetup.describe(firstToken)).isInstanceOf(SetupLink.Unusable.class);
        assertThat(passwordSetup.describe(token(again))).isInstanceOf(SetupLink.Usable.class);
    }

    @Test
    void another_classs_instructor_listing_a_student_who_awaits_her_first_password_invites_her_and_gets_no_link() {
        String csv = "name,email\nAna,ana" + domain;
        String firstToken = token(imported(roster.importRoster(cohort.id(), csv)).getFirst());
        accounts.signInNew("other-teacher", Role.INSTRUCTOR);
        CohortRef otherCohort = cohorts.createCohort(COURSE, "Other class");

        RosterEntry listed = imported(roster.importRoster(otherCohort.id(), csv)).getFirst();

        assertThat(listed.account()).isEqualTo(RosterEntry.Account.INVITED);
        assertThat(listed.setPasswordToken()).as("a new link would let her take the account").isNull();
        assertThat(cohorts.students(otherCohort.id())).isEmpty();
        assertThat(invitations.invited(otherCohort.id())).extracting(UserRef::username).containsExactly("ana" + domain);
        accounts.signInAnonymously();
        assertThat(passwordSetup.describe(firstToken)).as("the first class's link still works")
                .isInstanceOf(SetupLink.Usable.class);
    }

    @Test
    void an_instructor_cannot_import_into_a_class_they_do_not_teach() {
        accounts.signInNew("other-teacher", Role.INSTRUCTOR);
        long accountsBefore = accounts.count();

        assertThatThrownBy(() -> roster.importRoster(cohort.id(), "name,email\nAna,ana" + domain))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.count()).isEqualTo(accountsBefore);
    }

    @Test
    void a_student_cannot_import_a_class_list() {
        accounts.signInNew("student", Role.STUDENT);

        assertThatThrownBy(() -> roster.importRoster(cohort.id(), "name,email\nAna,ana" + domain))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<RosterEntry> imported(RosterImportResult result) {
        assertThat(result).isInstanceOf(RosterImportResult.Imported.class);
        return ((RosterImportResult.Imported) result).entries();
    }

    private static List<String> problems(RosterImportResult result) {
        assertThat(result).isInstanceOf(RosterImportResult.Refused.class);
        return ((RosterImportResult.Refused) result).problems().stream().map(RosterProblem::toString).toList();
    }

    public static String token(RosterEntry entry) {
        return Objects.requireNonNull(entry.setPasswordToken());
    }
}
