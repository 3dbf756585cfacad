package org.colloquy.seminar.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SeminarAnswerRepository extends JpaRepository<SeminarAnswer, Long> {

    List<SeminarAnswer> findBySessionIdAndStepKeyOrderByAnsweredAtAsc(long sessionId, String stepKey);

    List<SeminarAnswer> findBySessionIdAndStepKeyAndApprovalOrderByAnsweredAtAsc(long sessionId, String stepKey,
                                                                                Approval approval);

    Optional<SeminarAnswer> findBySessionIdAndStepKeyAndUserId(long sessionId, String stepKey, long userId);

    Optional<SeminarAnswer> findBySessionIdAndStepKeyAndGuestId(long sessionId, String stepKey, long guestId);

    int countBySessionIdAndStepKey(long sessionId, String stepKey);

    List<SeminarAnswer> findBySessionIdOrderByAnsweredAtAsc(long sessionId);

    List<SeminarAnswer> findBySessionIdInAndUserIdOrderByAnsweredAtAsc(Collection<Long> sessionIds, long userId);

    /** Per session: how many answers, and from how many people. */
    @Query("select a.sessionId, count(a), count(distinct a.userId) from SeminarAnswer a where a.sessionId in ?1 "
            + "group by a.sessionId")
    List<Object[]> countBySessionIdIn(Collection<Long> sessionIds);
}
