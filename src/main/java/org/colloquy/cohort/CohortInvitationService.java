package org.colloquy.cohort;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquy.base.i18n.Refusal;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.identity.AppUser;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into a class for students who already have an account: a class list invites them, and only they can
 * accept (then they are enrolled, from that moment) or decline. Joining with the class's code accepts as well.
 */
@Service
public class CohortInvitationService {

    private final CohortInvitationRepository invitations;
    private final CohortService cohorts;
    private final CohortPeople people;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CohortInvitationService(CohortInvitationRepository invitations, CohortService cohorts, CohortPeople people,
                            CourseCatalog catalog, CurrentUser currentUser, Clock clock,
                            ApplicationEventPublisher events) {
        this.events = events;
        this.invitations = invitations;
        this.cohorts = cohorts;
        this.people = people;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in student's invitations that wait for her answer, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public List<PendingInvitation> myInvitations() {
        List<CohortInvitation> mine = invitations.findByUserIdOrderByInvitedAtAsc(currentUser.require().id());
        Map<Long, String> inviters = people.findAllById(mine.stream().map(CohortInvitation::getInvitedBy).toList())
                .stream().collect(Collectors.toMap(user -> Objects.requireNonNull(user.getId()), AppUser::getDisplayName));
        return mine.stream()
                .map(invitation -> cohorts.find(invitation.getCohortId()).map(cohort -> new PendingInvitation(
                        cohort.id(), cohort.name(), cohort.courseKey(), courseTitle(cohort.courseKey()),
                        inviters.getOrDefault(invitation.getInvitedBy(), ""), invitation.getInvitedAt())))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Joins the class the signed-in student was invited to; from now on its instructors see the work she does. */
    @Transactional
    @PreAuthorize("hasRole('STUDENT')")
    public CohortRef accept(long cohortId) {
        long me = currentUser.require().id();
        if (!invitations.existsByCohortIdAndUserId(cohortId, me)) {
            throw Refusal.of("account.refused.no-invitation");
        }
        cohorts.enrol(cohortId, me);
        return cohorts.find(cohortId).orElseThrow();
    }

    /** Turns the invitation down: she does not join, and the class's instructors no longer see her as invited. */
    @Transactional
    @PreAuthorize("hasRole('STUDENT')")
    public void decline(long cohortId) {
        invitations.findById(new CohortMember.Key(cohortId, currentUser.require().id()))
                .ifPresent(invitations::delete);
    }

    /**
     * Takes back the invitation of a student who has not answered it yet, in a cohort the signed-in instructor
     * teaches: she no longer sees it, is told ({@link InvitationWithdrawn}), and accepting it is refused. Withdrawing what is already answered changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void withdraw(long cohortId, long userId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        invitations.findById(new CohortMember.Key(cohortId, userId)).ifPresent(invitation -> {
            invitations.delete(invitation);
            events.publishEvent(new InvitationWithdrawn(userId, cohortId, cohort.name(),
                    currentUser.require().displayName()));
        });
    }

    /** The students invited into a cohort the signed-in instructor teaches who have not answered yet, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<UserRef> invited(long cohortId) {
        cohorts.requireTeaching(cohortId);
        List<Long> ids = invitations.findByCohortId(cohortId).stream().map(CohortInvitation::getUserId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findWithRolesByIdIn(ids).stream().map(UserRef::of)
                .sorted(Comparator.comparing(UserRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Invites a student from a class list of a cohort the signed-in instructor teaches (its caller checked that);
     * inviting twice keeps one. She
     * is told ({@link StudentInvited}).
     */
    void invite(CohortRef cohort, long userId) {
        if (!invitations.existsByCohortIdAndUserId(cohort.id(), userId)) {
            UserRef inviter = currentUser.require();
            CohortInvitation invitation = invitations.save(new CohortInvitation(cohort.id(), userId, inviter.id(),
                    clock.instant()));
            events.publishEvent(new StudentInvited(userId, cohort.id(), cohort.name(), inviter.displayName(),
                    invitation.getInvitedAt()));
        }
    }

    private String courseTitle(String courseKey) {
        return catalog.course(courseKey).map(Course::title).orElse(courseKey);
    }
}
