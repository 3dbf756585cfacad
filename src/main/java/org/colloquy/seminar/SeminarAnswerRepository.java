package org.colloquy.seminar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeminarAnswerRepository extends JpaRepository<SeminarAnswer, Long> {

    List<SeminarAnswer> findBySessionIdAndStepKeyOrderByAnsweredAtAsc(long sessionId, String stepKey);

    List<SeminarAnswer> findBySessionIdAndStepKeyAndApprovalOrderByAnsweredAtAsc(long sessionId, String stepKey,
                                                                                Approval approval);

    Optional<SeminarAnswer> findBySessionIdAndStepKeyAndUserId(long sessionId, String stepKey, long userId);

    Optional<SeminarAnswer> findBySessionIdAndStepKeyAndGuestId(long sessionId, String stepKey, long guestId);

    int countBySessionIdAndStepKey(long sessionId, String stepKey);
}
