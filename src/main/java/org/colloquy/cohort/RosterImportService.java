package org.colloquy.cohort;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.colloquy.base.i18n.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.identity.StudentAccounts;

/**
 * Imports a class list (CSV with the columns name and email) into a cohort the signed-in instructor teaches.
 * Every row is checked before anything is written: a roster with any problem is refused whole, with the row and
 * column of each problem. Each new student gets a one-time link to choose a password, for the instructor to hand
 * out. A student who already chose a password is only enrolled: a link for an account in use would let the
 * instructor take it over.
 */
@Service
@Transactional
@PreAuthorize("hasRole('INSTRUCTOR')")
public class RosterImportService {

    private final CohortService cohorts;
    private final StudentAccounts accounts;
    private final EntityManager entityManager;

    RosterImportService(CohortService cohorts, StudentAccounts accounts, EntityManager entityManager) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    public RosterImportResult importRoster(long cohortId, String csvText) {
        cohorts.requireTeaching(cohortId);
        RosterSheet sheet = RosterSheet.read(csvText);
        List<RosterProblem> problems = new ArrayList<>(sheet.problems());
        for (RosterSheet.Student student : sheet.students()) {
            if (accounts.isStaff(student.username())) {
                problems.add(new RosterProblem(student.row(), "email",
                        Text.of("account.roster.staff-account", RosterSheet.quoted(student.email()))));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RosterProblem::row));
            return new RosterImportResult.Refused(problems);
        }
        List<RosterEntry> entries = new ArrayList<>();
        for (RosterSheet.Student student : sheet.students()) {
            entries.add(enrol(cohortId, student));
            releaseWrittenEntities();
        }
        return new RosterImportResult.Imported(entries);
    }

    private RosterEntry enrol(long cohortId, RosterSheet.Student student) {
        StudentAccounts.Provided account = accounts.provide(student.username(), student.name());
        cohorts.enrol(cohortId, account.userId());
        RosterEntry.Account kind = switch (account.kind()) {
            case CREATED -> RosterEntry.Account.CREATED;
            case EXISTING_AWAITING_PASSWORD -> RosterEntry.Account.EXISTING_AWAITING_PASSWORD;
            case EXISTING_IN_USE -> RosterEntry.Account.EXISTING_IN_USE;
        };
        return entry(student, kind, account.setPasswordToken());
    }

    /**
     * Writes what one student needed and lets go of it. Hibernate checks every entity it manages before each query,
     * so keeping them all made a 2,000-student import four times slower.
     */
    private void releaseWrittenEntities() {
        entityManager.flush();
        entityManager.clear();
    }

    private static RosterEntry entry(RosterSheet.Student student, RosterEntry.Account account,
                                     @Nullable String link) {
        return new RosterEntry(student.name(), student.username(), account, link);
    }
}
