package org.colloquy.studio;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PublishLockRepository extends JpaRepository<PublishLock, String> {

    /** The key's row, locked until the transaction ends: a second publisher of the same key waits here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PublishLock p where p.courseKey = :courseKey")
    Optional<PublishLock> lockKey(String courseKey);
}
