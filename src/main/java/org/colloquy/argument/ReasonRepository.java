package org.colloquy.argument;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import java.time.Instant;

interface ReasonRepository extends JpaRepository<Reason, Long> {

    List<Reason> findByCohortIdAndPromptKeyOrderByCreatedAtAsc(long cohortId, String promptKey);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
