package org.colloquy.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByResponseId(long responseId);

    List<Feedback> findByCohortId(long cohortId);

    List<Feedback> findByResponseIdIn(Collection<Long> responseIds);
}
