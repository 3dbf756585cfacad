package org.colloquy.seminar.cohort;

import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;

/**
 * A class taught by an instructor who also leads seminars, with two students (Ana and Ben), and another class
 * with its own instructor; plus a student of no class.
 */
public record CohortSessionFixture(UserRef teacher, UserRef otherTeacher, UserRef ana, UserRef ben, UserRef outsider,
                           CohortRef cohort, CohortRef otherCohort) {

    public static final String COURSE = "sino-russian-relations";

    public static CohortSessionFixture create(TestAccounts accounts, CohortService cohorts) {
        UserRef teacher = accounts.signInNew("teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        CohortRef cohort = cohorts.createCohort(COURSE, "Seminar class");
        UserRef otherTeacher = accounts.signInNew("other-teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        CohortRef otherCohort = cohorts.createCohort(COURSE, "Other class");
        UserRef ana = accounts.create("ana", "Ana Ortiz", Role.STUDENT);
        accounts.signIn(ana);
        cohorts.join(cohort.joinCode());
        UserRef ben = accounts.create("ben", "Ben Brook", Role.STUDENT);
        accounts.signIn(ben);
        cohorts.join(cohort.joinCode());
        UserRef outsider = accounts.create("olga", "Olga Outside", Role.STUDENT);
        accounts.signIn(teacher);
        return new CohortSessionFixture(teacher, otherTeacher, ana, ben, outsider, cohort, otherCohort);
    }
}
