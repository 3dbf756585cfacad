package org.colloquy.seminar.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import java.time.Instant;

public interface SeminarSessionRepository extends JpaRepository<SeminarSession, Long> {

    Optional<SeminarSession> findFirstByJoinCodeAndClosedAtIsNull(String joinCode);

    Optional<SeminarSession> findFirstByJoinCodeOrderByStartedAtDesc(String joinCode);

    boolean existsByJoinCodeAndClosedAtIsNull(String joinCode);

    List<SeminarSession> findByLeaderIdAndClosedAtIsNullOrderByStartedAtDesc(long leaderId);

    List<SeminarSession> findByClosedAtIsNullAndTimerEndsAtAfter(Instant now);

    List<SeminarSession> findByCohortIdOrderByStartedAtDesc(long cohortId);

    List<SeminarSession> findByCohortIdAndMapPromptKeyAndClosedAtIsNull(long cohortId, String mapPromptKey);
}
