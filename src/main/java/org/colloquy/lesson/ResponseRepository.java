package org.colloquy.lesson;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import java.util.Collection;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    Optional<Response> findByUserIdAndCourseKeyAndPromptKey(long userId, String courseKey, String promptKey);

    /** Locks the row so that two saves of one answer are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Response r where r.userId = ?1 and r.courseKey = ?2 and r.promptKey = ?3")
    Optional<Response> findForUpdate(long userId, String courseKey, String promptKey);

    List<Response> findByUserIdAndCourseKeyOrderByCreatedAtAsc(long userId, String courseKey);

    List<Response> findByCourseKeyAndUserIdIn(String courseKey, Collection<Long> userIds);

    List<Response> findByCourseKeyAndPromptKeyAndUserIdIn(String courseKey, String promptKey,
                                                          Collection<Long> userIds);

    List<Response> findByUserIdAndCourseKeyAndPromptKeyStartingWith(long userId, String courseKey, String prefix);

    @Query("select distinct r.courseKey from Response r where r.userId = ?1 order by r.courseKey")
    List<String> findCourseKeysByUserId(long userId);
}
