package org.colloquy.studio;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseOwnerRepository extends JpaRepository<CourseOwner, CourseOwner.Key> {

    boolean existsByCourseKeyAndUserId(String courseKey, long userId);
}
