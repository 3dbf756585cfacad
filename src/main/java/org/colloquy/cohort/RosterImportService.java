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
 * out. A student who already chose a password gets no link (it would let the instructor take the account over)
 * and is not enrolled either: she is invited, and joins only if she accepts (decision 0032).
 */
@Service
@Transactional
@PreAuthorize("hasRole('INSTRUCTOR')")
public class RosterImportService {

    private final CohortService cohorts;
    private final CohortInvitationService invitations;
    private final StudentAccounts accounts;
    private final EntityManager entityManager;

    RosterImportService(CohortService cohorts, CohortInvitationService invitations, StudentAccounts accounts,
                        EntityManager entityManager) {
        this.cohorts = cohorts;
        this.invitations = invitations;
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    public RosterImportResult importRoster(long cohortId, String csvText) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
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
            entries.add(enrol(cohort, student));
            releaseWrittenEntities();
        }
        return new RosterImportResult.Imported(entries);
    }

    private RosterEntry enrol(CohortRef cohort, RosterSheet.Student student) {
        long cohortId = cohort.id();
        StudentAccounts.Provided account = accounts.provide(student.username(), student.name());
        RosterEntry.Account kind = switch (account.kind()) {
            case CREATED -> enrolled(cohortId, account, RosterEntry.Account.CREATED);
            case EXISTING_AWAITING_PASSWORD -> enrolled(cohortId, account, RosterEntry.Account.EXISTING_AWAITING_PASSWORD);
            case EXISTING_IN_USE -> invited(cohort, account);
        };
        return entry(student, kind, account.setPasswordToken());
    }

    /** An account nobody has signed in to yet holds no work: the list enrols it, and its owner starts in the class. */
    private RosterEntry.Account enrolled(long cohortId, StudentAccounts.Provided account, RosterEntry.Account kind) {
        cohorts.enrol(cohortId, account.userId());
        return kind;
    }

    private RosterEntry.Account invited(CohortRef cohort, StudentAccounts.Provided account) {
        if (cohorts.isMember(cohort.id(), account.userId())) {
            return RosterEntry.Account.ALREADY_IN_CLASS;
        }
        invitations.invite(cohort, account.userId());
        return RosterEntry.Account.INVITED;
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
