package org.colloquy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.cohort.TeamInvitation;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.AccountChanged;
import org.colloquy.identity.Contacts;
import org.colloquy.identity.IssuedLink;
import org.colloquy.identity.PasswordResets;
import org.colloquy.identity.PasswordSetupService;
import org.colloquy.identity.PeopleOrder;
import org.colloquy.identity.Role;
import org.colloquy.identity.SetPasswordLinkIssued;
import org.colloquy.identity.SetPasswordOutcome;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.security.HostileInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class PeopleAdministrationTest {

    @Autowired TestAccounts accounts;
    @Autowired AccountAdministration administration;
    @Autowired PeopleService people;
    @Autowired PasswordResets resets;
    @Autowired PasswordSetupService setups;
    @Autowired CohortService cohorts;
    @Autowired Contacts contacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.edu";
    }

    @Test
    void an_admin_invites_an_instructor_who_chooses_her_password_with_the_link_once() {
        UserRef admin = accounts.signInNew("admin", Role.ADMIN);
        String email = address("mei");

        IssuedLink link = administration.invite("Mei Lin", email, Set.of(Role.INSTRUCTOR, Role.SEMINAR_LEADER));

        assertThat(events.stream(SetPasswordLinkIssued.class)).singleElement().satisfies(issued -> {
            assertThat(issued.token()).isEqualTo(link.token());
            assertThat(issued.purpose()).isEqualTo(SetPasswordLinkIssued.Purpose.INVITATION);
            assertThat(issued.issuedBy()).isEqualTo(admin.id());
        });
        accounts.signInAnonymously();
        assertThat(setups.setPassword(link.token(), "a-new-password", "a-new-password"))
                .isInstanceOf(SetPasswordOutcome.PasswordSet.class);
        assertThat(setups.setPassword(link.token(), "another-password", "another-password"))
                .isInstanceOf(SetPasswordOutcome.UsedLink.class);
        assertThat(accounts.stored(email).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.INSTRUCTOR,
                Role.SEMINAR_LEADER);
    }

    @Test
    void an_expired_reset_link_is_refused() {
        accounts.signInNew("admin", Role.ADMIN);
        UserRef student = accounts.create("forgetful", Role.STUDENT);
        IssuedLink link = administration.resetLink(student.id());
        jdbc.update("update password_setup set expires_at = ? where user_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), student.id());

        accounts.signInAnonymously();
        assertThat(setups.setPassword(link.token(), "a-new-password", "a-new-password"))
                .isInstanceOf(SetPasswordOutcome.ExpiredLink.class);
    }

    @Test
    void every_role_change_and_deactivation_is_recorded_with_who_and_what() {
        UserRef admin = accounts.signInNew("Auditor", Role.ADMIN);
        UserRef person = accounts.create("promoted", Role.STUDENT);

        administration.changeRoles(person.id(), Set.of(Role.STUDENT, Role.SEMINAR_LEADER));
        administration.deactivate(person.id());
        administration.reactivate(person.id());

        List<AuditEntry> newest = people.changes(0, 3);
        assertThat(newest).extracting(AuditEntry::change).containsExactly(AccountChanged.Change.REACTIVATED,
                AccountChanged.Change.DEACTIVATED, AccountChanged.Change.ROLES_CHANGED);
        assertThat(newest).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(admin.displayName());
            assertThat(entry.subjectUsername()).isEqualTo(person.username());
        });
        assertThat(newest.get(2).rolesBefore()).containsExactly(Role.STUDENT);
        assertThat(newest.get(2).rolesAfter()).containsExactlyInAnyOrder(Role.STUDENT, Role.SEMINAR_LEADER);
    }

    @Test
    void the_last_active_admin_can_neither_lose_her_role_nor_be_deactivated_nor_deactivate_herself() {
        jdbc.update("update app_user set deactivated_at = current_timestamp where id in "
                + "(select user_id from app_user_role where role = 'ADMIN')");
        UserRef admin = accounts.signInNew("only-admin", Role.ADMIN);
        try {
            assertThatThrownBy(() -> administration.changeRoles(admin.id(), Set.of(Role.INSTRUCTOR)))
                    .isInstanceOf(Refusal.class).hasMessageContaining("last active admin");
            assertThatThrownBy(() -> administration.deactivate(admin.id()))
                    .isInstanceOf(Refusal.class).hasMessageContaining("your own account");

            UserRef second = accounts.create("second-admin", Role.ADMIN);
            administration.changeRoles(second.id(), Set.of(Role.INSTRUCTOR));
            assertThat(accounts.stored(second.username()).orElseThrow().getRoles()).containsExactly(Role.INSTRUCTOR);
        } finally {
            jdbc.update("update app_user set deactivated_at = null where id <> ?", admin.id());
            jdbc.update("update app_user set deactivated_at = current_timestamp where id = ?", admin.id());
        }
    }

    @Test
    void an_instructor_is_refused_every_admin_action_at_the_service() {
        UserRef student = accounts.create("target", Role.STUDENT);
        accounts.signInNew("instructor", Role.INSTRUCTOR);

        assertThatThrownBy(() -> administration.invite("X", address("x"), Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRoles(student.id(), Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.deactivate(student.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetLink(student.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.people("", null, 0, 10, PeopleOrder.NAME, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.inviteColleague("X", address("x"), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reset_for_an_unknown_address_answers_the_same_and_announces_nothing() {
        String known = address("known");
        accounts.signInNew("admin", Role.ADMIN);
        administration.invite("Known Person", known, Set.of(Role.INSTRUCTOR));
        events.clear();
        accounts.signInAnonymously();

        resets.request(address("nobody"));
        assertThat(events.stream(SetPasswordLinkIssued.class)).isEmpty();

        resets.request(known.toUpperCase(java.util.Locale.ROOT));
        assertThat(events.stream(SetPasswordLinkIssued.class)).singleElement().satisfies(issued -> {
            assertThat(issued.purpose()).isEqualTo(SetPasswordLinkIssued.Purpose.RESET);
            assertThat(issued.issuedBy()).isNull();
        });
    }

    @Test
    void resets_for_one_address_are_throttled_without_saying_so() {
        String known = address("flooded");
        accounts.signInNew("admin", Role.ADMIN);
        administration.invite("Flooded Inbox", known, Set.of(Role.INSTRUCTOR));
        events.clear();
        accounts.signInAnonymously();

        for (int i = 0; i < 6; i++) {
            resets.request(known);
        }

        assertThat(events.stream(SetPasswordLinkIssued.class)).hasSize(3);
    }

    @Test
    void a_deactivated_person_gets_no_reset_link_and_cannot_be_reached() {
        String email = address("gone");
        accounts.signInNew("admin", Role.ADMIN);
        long id = administration.invite("Gone Person", email, Set.of(Role.SEMINAR_LEADER)).accountId();
        administration.deactivate(id);
        events.clear();

        assertThat(contacts.of(id)).isEmpty();
        accounts.signInAnonymously();
        resets.request(email);
        assertThat(events.stream(SetPasswordLinkIssued.class)).isEmpty();
    }

    @Test
    void hostile_names_and_addresses_are_refused_or_kept_as_text() {
        accounts.signInNew("admin", Role.ADMIN);
        assertThatThrownBy(() -> administration.invite("Mallory\r\nBcc: all@school.edu", address("m"),
                Set.of(Role.INSTRUCTOR))).isInstanceOf(Refusal.class).hasMessageContaining("one line");
        assertThatThrownBy(() -> administration.invite("Mallory", "m@school.edu\r\nBcc: all@school.edu",
                Set.of(Role.INSTRUCTOR))).isInstanceOf(Refusal.class).hasMessageContaining("one line");
        assertThatThrownBy(() -> administration.invite("Mallory", "not an address", Set.of(Role.INSTRUCTOR)))
                .isInstanceOf(Refusal.class);
        for (HostileInput.Payload payload : HostileInput.CORPUS) {
            String hostile = payload.text();
            String email = address("h");
            try {
                long id = administration.invite(hostile, email, Set.of(Role.INSTRUCTOR)).accountId();
                assertThat(administration.peopleById(List.of(id)).get(id).displayName()).doesNotContain("\n");
            } catch (Refusal refused) {
                assertThat(refused.reason().key()).startsWith("account.refused.");
            }
            assertThat(people.count(hostile, null)).isNotNegative();
            assertThat(people.people(hostile, Role.ADMIN, 0, 10, PeopleOrder.EMAIL, true)).isNotNull();
        }
    }

    @Test
    void admins_search_everyone_a_page_at_a_time_with_their_classes() {
        accounts.signInNew("Teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Searchable class");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UserRef student = accounts.create("Zed " + tag, Role.STUDENT);
        accounts.signIn(student);
        cohorts.join(cohort.joinCode());
        accounts.signInNew("admin", Role.ADMIN);

        List<PersonRow> found = people.people(tag, null, 0, 10, PeopleOrder.LAST_SIGN_IN, true);

        assertThat(found).singleElement().satisfies(row -> {
            assertThat(row.person().id()).isEqualTo(student.id());
            assertThat(row.classes()).containsExactly("Searchable class");
        });
        assertThat(people.count("%", null)).isZero();
        assertThat(people.people(tag, Role.INSTRUCTOR, 0, 10, PeopleOrder.NAME, false)).isEmpty();
    }

    @Test
    void an_instructor_asks_a_new_seminar_leader_who_then_can_run_sessions_for_the_class() {
        UserRef owner = accounts.signInNew("owner", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Team class");
        String email = address("leader");

        TeamInvitation invited = cohorts.inviteToTeach(cohort.id(), email, "Lena Leader", Role.SEMINAR_LEADER);

        assertThat(invited).isInstanceOf(TeamInvitation.Invited.class);
        long leaderId = ((TeamInvitation.Invited) invited).link().accountId();
        assertThat(events.stream(SetPasswordLinkIssued.class)).singleElement()
                .satisfies(issued -> assertThat(issued.issuedBy()).isEqualTo(owner.id()));
        UserRef leader = accounts.stored(email).map(UserRef::of).orElseThrow();
        assertThat(leader.roles()).isEqualTo(EnumSet.of(Role.SEMINAR_LEADER));
        accounts.signIn(leader);
        assertThat(cohorts.cohortsITeach()).extracting(CohortRef::id).containsExactly(cohort.id());
        assertThat(leaderId).isEqualTo(leader.id());
    }

    @Test
    void an_instructor_adds_an_existing_colleague_by_email_but_not_a_student() {
        accounts.signInNew("admin", Role.ADMIN);
        String email = address("colleague");
        administration.invite("Cole League", email, Set.of(Role.INSTRUCTOR));
        UserRef student = accounts.create("student", Role.STUDENT);
        accounts.signInNew("owner", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Shared by email");

        assertThat(cohorts.inviteToTeach(cohort.id(), email.toUpperCase(java.util.Locale.ROOT), "", Role.INSTRUCTOR))
                .isEqualTo(new TeamInvitation.Added("Cole League"));
        assertThatThrownBy(() -> cohorts.inviteToTeach(cohort.id(), student.username(), "", Role.INSTRUCTOR))
                .isInstanceOf(Refusal.class);
    }
}
