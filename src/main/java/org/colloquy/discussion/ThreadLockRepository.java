package org.colloquy.discussion;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreadLockRepository extends JpaRepository<ThreadLock, ThreadLock.Key> {

    boolean existsByCohortIdInAndPromptKey(Collection<Long> cohortIds, String promptKey);
}
