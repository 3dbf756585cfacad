package org.colloquy.lesson;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import java.util.Collection;

public interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    Optional<LessonProgress> findByUserIdAndCourseKeyAndLessonKey(long userId, String courseKey, String lessonKey);

    List<LessonProgress> findByUserIdAndCourseKey(long userId, String courseKey);

    List<LessonProgress> findByCourseKeyAndUserIdIn(String courseKey, Collection<Long> userIds);
}
