package org.colloquy.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;

@IntegrationTest
class CohortServiceTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_instructor_creates_a_cohort_with_a_readable_join_code() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);

        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "  Tuesday seminar ");

        assertThat(cohort.name()).isEqualTo("Tuesday seminar");
        assertThat(cohort.joinCode()).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}");
        assertThat(cohorts.cohortsITeach()).extracting(CohortRef::id).containsExactly(cohort.id());
    }

    @Test
    void a_student_joins_with_the_code_typed_loosely_and_joining_twice_is_harmless() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Seminar A");
        UserRef student = accounts.signInNew("student", Role.STUDENT);

        String typed = " " + cohort.joinCode().substring(0, 3).toLowerCase() + "-" + cohort.joinCode().substring(3) + " ";
        assertThat(cohorts.join(typed)).isInstanceOf(JoinResult.Joined.class);
        assertThat(cohorts.join(cohort.joinCode())).isInstanceOf(JoinResult.AlreadyMember.class);
        assertThat(cohorts.cohortsIAmIn()).extracting(CohortRef::id).containsExactly(cohort.id());
        assertThat(student.roles()).containsExactly(Role.STUDENT);
    }

    @Test
    void a_wrong_code_says_exactly_that() {
        accounts.signInNew("student", Role.STUDENT);

        JoinResult result = cohorts.join("ZZZZZZ");

        assertThat(result).isInstanceOfSatisfying(JoinResult.UnknownCode.class,
                unknown -> assertThat(unknown.message()).contains("No class has the code “ZZZZZZ”"));
    }

    @Test
    void a_newcomer_cannot_sign_up_with_the_name_of_an_account_in_capitals_and_nothing_is_created() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Seminar C");
        UserRef iris = accounts.create("iris", Role.INSTRUCTOR);
        accounts.signInAnonymously();
        long before = accounts.count();

        assertThatThrownBy(() -> cohorts.signUpAndJoin(cohort.joinCode(), "\u0001" + iris.username().toUpperCase(),
                "Not Iris", "long-password")).hasMessageContaining("The username " + iris.username() + " is taken");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void an_instructor_adds_a_colleague_by_her_username_typed_in_any_case() {
        UserRef colleague = accounts.create("colleague", Role.INSTRUCTOR);
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Seminar D");

        cohorts.addInstructor(cohort.id(), "\u00A0" + colleague.username().toUpperCase() + " ");

        accounts.signIn(colleague);
        assertThat(cohorts.cohortsITeach()).extracting(CohortRef::id).containsExactly(cohort.id());
    }

    @Test
    void a_newcomer_signs_up_with_a_join_code_and_is_enrolled_as_a_student() {
        UserRef cohortsTeacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Seminar B");
        accounts.signInAnonymously();

        JoinResult result = cohorts.signUpAndJoin(cohort.joinCode(), "newcomer-" + cohort.id(), "New Comer", "long-password");

        assertThat(result).isInstanceOf(JoinResult.Joined.class);
        accounts.signIn(cohortsTeacher);
        assertThat(cohorts.students(cohort.id())).extracting(UserRef::displayName).containsExactly("New Comer");
    }

    @Test
    void an_instructor_reaches_only_the_cohorts_they_teach() {
        accounts.signInNew("teacher-a", Role.INSTRUCTOR);
        CohortRef cohortOfA = cohorts.createCohort("sino-russian-relations", "A's class");

        accounts.signInNew("teacher-b", Role.INSTRUCTOR);

        assertThat(cohorts.cohortsITeach()).extracting(CohortRef::id).doesNotContain(cohortOfA.id());
        assertThatThrownBy(() -> cohorts.requireTeaching(cohortOfA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.students(cohortOfA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.studentIds(cohortOfA.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_colleague_added_to_a_cohort_shares_it() {
        UserRef colleague = accounts.create("colleague", Role.INSTRUCTOR);
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Shared class");
        cohorts.addInstructor(cohort.id(), colleague.username());

        accounts.signIn(colleague);

        assertThat(cohorts.requireTeaching(cohort.id()).name()).isEqualTo("Shared class");
    }

    @Test
    void students_cannot_create_or_inspect_cohorts() {
        accounts.signInNew("student", Role.STUDENT);

        assertThatThrownBy(() -> cohorts.createCohort("sino-russian-relations", "Mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.cohortsITeach()).isInstanceOf(AccessDeniedException.class);
    }
}
