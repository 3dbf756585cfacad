package org.colloquy.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByJoinCode(String joinCode);

    @Query("select c from Cohort c where :userId member of c.instructorIds order by c.name")
    List<Cohort> findTaughtBy(long userId);

    @Query("select distinct c from Cohort c join c.instructorIds i where i in :userIds")
    List<Cohort> findTaughtByAnyOf(java.util.Collection<Long> userIds);

    boolean existsByJoinCode(String joinCode);
}
