package org.colloquy.seminar;

import org.colloquy.account.CohortRef;
import org.colloquy.account.CohortService;
import org.colloquy.account.Role;
import org.colloquy.account.TestAccounts;
import org.colloquy.account.UserRef;

/**
 * A class taught by an instructor who also leads seminars, with two students (Ana and Ben), and another class
 * with its own instructor; plus a student of no class.
 */
record ClassSessionFixture(UserRef teacher, UserRef otherTeacher, UserRef ana, UserRef ben, UserRef outsider,
                           CohortRef cohort, CohortRef otherCohort) {

    static final String COURSE = "sino-russian-relations";

    static ClassSessionFixture create(TestAccounts accounts, CohortService cohorts) {
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
        return new ClassSessionFixture(teacher, otherTeacher, ana, ben, outsider, cohort, otherCohort);
    }
}
