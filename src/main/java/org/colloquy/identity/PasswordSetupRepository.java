package org.colloquy.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordSetupRepository extends JpaRepository<PasswordSetup, Long> {

    Optional<PasswordSetup> findByTokenHash(String tokenHash);

    boolean existsByUserId(long userId);

    boolean existsByUserIdAndUsedAtIsNotNull(long userId);

    @Modifying
    @Query("delete from PasswordSetup p where p.userId = :userId and p.usedAt is null")
    void deleteUnusedOf(long userId);

    /** Marks the link used unless it already was; the count says whether this call was the one that used it. */
    @Modifying
    @Query("update PasswordSetup p set p.usedAt = :now where p.id = :id and p.usedAt is null")
    int markUsed(long id, Instant now);
}
