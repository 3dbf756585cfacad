package org.colloquy.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRepository extends JpaRepository<Extension, Extension.Key> {

    List<Extension> findByCohortId(long cohortId);

    List<Extension> findByCohortIdInAndStudentId(Collection<Long> cohortIds, long studentId);

    /** The reminder's query: extensions due in a window, by the index on due_at. */
    List<Extension> findByDueAtGreaterThanAndDueAtLessThanEqual(Instant from, Instant to);
}
