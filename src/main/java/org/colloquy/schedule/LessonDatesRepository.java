package org.colloquy.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonDatesRepository extends JpaRepository<LessonDates, LessonDates.Key> {

    List<LessonDates> findByCohortId(long cohortId);

    List<LessonDates> findByCohortIdIn(Collection<Long> cohortIds);

    /** The reminder's query: lessons due in a window, by the index on due_at. */
    List<LessonDates> findByDueAtGreaterThanAndDueAtLessThanEqual(Instant from, Instant to);
}
