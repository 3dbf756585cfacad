package org.colloquy.account;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.colloquy.base.i18n.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final AccountService accounts;
    private final AppUserRepository users;
    private final SetPasswordLinks links;
    private final EntityManager entityManager;

    RosterImportService(CohortService cohorts, AccountService accounts, AppUserRepository users, SetPasswordLinks links,
                        EntityManager entityManager) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.users = users;
        this.links = links;
        this.entityManager = entityManager;
    }

    public RosterImportResult importRoster(long cohortId, String csvText) {
        cohorts.requireTeaching(cohortId);
        RosterSheet sheet = RosterSheet.read(csvText);
        List<RosterProblem> problems = new ArrayList<>(sheet.problems());
        for (RosterSheet.Student student : sheet.students()) {
            users.findByUsername(student.username())
                    .filter(user -> !user.getRoles().equals(Set.of(Role.STUDENT)))
                    .ifPresent(staff -> problems.add(new RosterProblem(student.row(), "email",
                            Text.of("account.roster.staff-account", RosterSheet.quoted(student.email())))));
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
        AppUser existing = users.findByUsername(student.username()).orElse(null);
        if (existing == null) {
            UserRef created = accounts.createStudentAwaitingPassword(student.username(), student.name());
            cohorts.enrol(cohortId, created.id());
            return entry(student, RosterEntry.Account.CREATED, links.issue(created.id()));
        }
        long userId = Objects.requireNonNull(existing.getId());
        cohorts.enrol(cohortId, userId);
        if (links.awaitsFirstPassword(userId)) {
            return entry(student, RosterEntry.Account.EXISTING_AWAITING_PASSWORD, links.issue(userId));
        }
        return entry(student, RosterEntry.Account.EXISTING_IN_USE, null);
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
