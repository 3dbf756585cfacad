package org.colloquy.studio;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseOwnerRepository extends JpaRepository<CourseOwner, CourseOwner.Key> {

    boolean existsByCourseKeyAndUserId(String courseKey, long userId);

    List<CourseOwner> findByCourseKeyOrderBySince(String courseKey);

    List<CourseOwner> findByUserId(long userId);

    List<CourseOwner> findAllByOrderByCourseKey();
}
