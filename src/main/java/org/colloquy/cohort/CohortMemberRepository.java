package org.colloquy.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortMemberRepository extends JpaRepository<CohortMember, CohortMember.Key> {

    List<CohortMember> findByCohortId(long cohortId);

    List<CohortMember> findByUserId(long userId);

    boolean existsByCohortIdAndUserId(long cohortId, long userId);

    long countByCohortId(long cohortId);
}
