package org.colloquy.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByResponseId(long responseId);

    List<Feedback> findByCohortId(long cohortId);

    /** Feedback with its rubric scores in one query, not one more query per feedback. */
    @Query("select f from Feedback f left join fetch f.scores where f.responseId in ?1")
    List<Feedback> findWithScoresByResponseIdIn(Collection<Long> responseIds);

    /** A class's feedback with its rubric scores in one query. */
    @Query("select distinct f from Feedback f left join fetch f.scores where f.cohortId = ?1")
    List<Feedback> findWithScoresByCohortId(long cohortId);
}
