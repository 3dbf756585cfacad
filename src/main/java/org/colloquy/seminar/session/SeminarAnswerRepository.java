package org.colloquy.seminar.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SeminarAnswerRepository extends JpaRepository<SeminarAnswer, Long> {

    List<SeminarAnswer> findBySessionIdAndStepKeyOrderByAnsweredAtAsc(long sessionId, String stepKey);

    List<SeminarAnswer> findBySessionIdAndStepKeyAndApprovalOrderByAnsweredAtAsc(long sessionId, String stepKey,
                                                                                Approval approval);

    Optional<SeminarAnswer> findBySessionIdAndStepKeyAndUserId(long sessionId, String stepKey, long userId);

    Optional<SeminarAnswer> findBySessionIdAndStepKeyAndGuestId(long sessionId, String stepKey, long guestId);

    int countBySessionIdAndStepKey(long sessionId, String stepKey);

    List<SeminarAnswer> findBySessionIdOrderByAnsweredAtAsc(long sessionId);

    List<SeminarAnswer> findByUserIdOrderByAnsweredAtAsc(long userId);

    List<SeminarAnswer> findBySessionIdInOrderByAnsweredAtAsc(Collection<Long> sessionIds);

    List<SeminarAnswer> findBySessionIdInAndUserIdInOrderByAnsweredAtAsc(Collection<Long> sessionIds,
                                                                        Collection<Long> userIds);

    List<SeminarAnswer> findBySessionIdInAndUserIdOrderByAnsweredAtAsc(Collection<Long> sessionIds, long userId);

    /** Per session: how many answers, from how many students (accounts) and from how many guests. */
    @Query("select a.sessionId, count(a), count(distinct a.userId), count(distinct a.guestId) from SeminarAnswer a "
            + "where a.sessionId in ?1 group by a.sessionId")
    List<Object[]> countBySessionIdIn(Collection<Long> sessionIds);

    /** Per session, the key of each prompt that received at least one answer: pairs of session id and prompt key. */
    @Query("select distinct a.sessionId, a.stepKey from SeminarAnswer a where a.sessionId in ?1")
    List<Object[]> answeredPromptsBySessionIdIn(Collection<Long> sessionIds);

    /**
     * Approves one answer of a session only if it is still waiting and still the revision the leader saw: an answer
     * changed in the meantime stays waiting, in the same statement that would approve it. 1 if approved, else 0.
     */
    @Modifying
    @Query("update SeminarAnswer a set a.approval = :approved where a.id = :id and a.sessionId = :sessionId "
            + "and a.stepKey = :stepKey and a.revision = :revision and a.approval = :waiting")
    int approveIfUnchanged(long sessionId, String stepKey, long id, int revision, Approval approved, Approval waiting);
}
