package org.colloquy.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    long countByAddressHashAndRequestedAtAfter(String addressHash, Instant since);

    @Modifying
    @Query("delete from PasswordResetRequest r where r.requestedAt < :before")
    void deleteOlderThan(Instant before);
}
