package org.colloquy.seminar.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import java.time.Instant;

public interface SeminarSessionRepository extends JpaRepository<SeminarSession, Long> {

    Optional<SeminarSession> findFirstByJoinCodeAndClosedAtIsNull(String joinCode);

    Optional<SeminarSession> findFirstByJoinCodeOrderByStartedAtDesc(String joinCode);

    boolean existsByJoinCodeAndClosedAtIsNull(String joinCode);

    List<SeminarSession> findByLeaderIdAndClosedAtIsNullOrderByStartedAtDesc(long leaderId);

    List<SeminarSession> findByClosedAtIsNullAndTimerEndsAtAfter(Instant now);

    List<SeminarSession> findByCohortIdOrderByStartedAtDesc(long cohortId);

    List<SeminarSession> findByCohortIdAndMapPromptKeyAndClosedAtIsNull(long cohortId, String mapPromptKey);

    /** One more on the room's version, in the transaction that changed the room (a new one outside a transaction). */
    @Transactional
    @Modifying(flushAutomatically = true)
    @Query(value = "update seminar_session set live_version = live_version + 1 where id = ?1", nativeQuery = true)
    int bumpLiveVersion(long sessionId);

    /** The room's version: one read by primary key, what a live view polls. */
    @Query(value = "select live_version from seminar_session where id = ?1", nativeQuery = true)
    Optional<Long> liveVersion(long sessionId);
}
