package org.colloquy.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    /** Messages a worker may try to claim now: due ones waiting, and ones whose worker's lease ran out. */
    @Query("""
            select m.id from OutboxMessage m
            where (m.status = org.colloquy.mail.MailStatus.PENDING and m.nextAttemptAt <= :now)
               or (m.status = org.colloquy.mail.MailStatus.SENDING and m.leaseUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> claimable(@Param("now") Instant now, Limit limit);

    /**
     * Takes one message for one worker, if it is still claimable: the row's own update decides, so of two workers
     * (two nodes) that try at once, only one changes it and the other gets 0.
     */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = org.colloquy.mail.MailStatus.SENDING, m.leaseOwner = :owner,
                m.leaseUntil = :leaseUntil, m.attempts = m.attempts + 1
            where m.id = :id
              and ((m.status = org.colloquy.mail.MailStatus.PENDING and m.nextAttemptAt <= :now)
                or (m.status = org.colloquy.mail.MailStatus.SENDING and m.leaseUntil < :now))""")
    int claim(@Param("id") long id, @Param("owner") String owner, @Param("now") Instant now,
              @Param("leaseUntil") Instant leaseUntil);

    /** Sent: the body, which may hold a one-time link, is not kept. Only the worker holding the lease may say so. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = org.colloquy.mail.MailStatus.SENT, m.sentAt = :now,
                m.textBody = null, m.htmlBody = null, m.leaseOwner = null, m.leaseUntil = null, m.lastError = null
            where m.id = :id and m.leaseOwner = :owner and m.status = org.colloquy.mail.MailStatus.SENDING""")
    int markSent(@Param("id") long id, @Param("owner") String owner, @Param("now") Instant now);

    /** Not sent this time: waiting again until {@code nextAttemptAt}, or failed for good. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = :status, m.nextAttemptAt = :nextAttemptAt, m.lastError = :error,
                m.leaseOwner = null, m.leaseUntil = null
            where m.id = :id and m.leaseOwner = :owner and m.status = org.colloquy.mail.MailStatus.SENDING""")
    int markNotSent(@Param("id") long id, @Param("owner") String owner, @Param("status") MailStatus status,
                    @Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error);

    /** An admin sends a failed message again: a fresh round of tries, now. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.status = org.colloquy.mail.MailStatus.PENDING, m.attempts = 0,
                m.nextAttemptAt = :now
            where m.id = :id and m.status = org.colloquy.mail.MailStatus.FAILED""")
    int retry(@Param("id") long id, @Param("now") Instant now);

    List<OutboxMessage> findByStatusInOrderByCreatedAtDesc(Collection<MailStatus> statuses, Limit limit);
}
