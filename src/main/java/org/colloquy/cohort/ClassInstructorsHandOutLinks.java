package org.colloquy.cohort;

import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.FirstPasswordLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student's first-password link is handed out again only by an instructor of a class she is in. */
@Component
class ClassInstructorsHandOutLinks implements FirstPasswordLinks {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CurrentUser currentUser;

    ClassInstructorsHandOutLinks(CohortRepository cohorts, CohortMemberRepository members, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public boolean mayHandOutFor(long studentId) {
        long me = currentUser.require().id();
        return members.findByUserId(studentId).stream()
                .anyMatch(member -> cohorts.findById(member.getCohortId()).filter(cohort -> cohort.isTaughtBy(me))
                        .isPresent());
    }
}
