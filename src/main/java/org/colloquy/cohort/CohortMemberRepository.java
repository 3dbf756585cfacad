package org.colloquy.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortMemberRepository extends JpaRepository<CohortMember, CohortMember.Key> {

    List<CohortMember> findByCohortId(long cohortId);

    List<CohortMember> findByUserId(long userId);

    List<CohortMember> findByUserIdIn(java.util.Collection<Long> userIds);

    boolean existsByCohortIdAndUserId(long cohortId, long userId);

    long countByCohortId(long cohortId);
}
