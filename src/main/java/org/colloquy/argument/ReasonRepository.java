package org.colloquy.argument;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReasonRepository extends JpaRepository<Reason, Long> {

    List<Reason> findByCohortIdAndPromptKeyOrderByCreatedAtAsc(long cohortId, String promptKey);

    long countByAuthorIdAndCreatedAtAfter(long authorId, java.time.Instant since);
}
