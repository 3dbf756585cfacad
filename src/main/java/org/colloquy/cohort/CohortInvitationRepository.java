package org.colloquy.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortInvitationRepository extends JpaRepository<CohortInvitation, CohortMember.Key> {

    List<CohortInvitation> findByUserIdOrderByInvitedAtAsc(long userId);

    List<CohortInvitation> findByCohortId(long cohortId);

    boolean existsByCohortIdAndUserId(long cohortId, long userId);
}
