package org.colloquy.studio;

import java.time.Clock;
import org.colloquy.content.CourseOwners;
import org.colloquy.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The owners of the courses published from the studio, as {@code content} asks before publishing over one. */
@Component
class StudioCourseOwners implements CourseOwners {

    private final CourseOwnerRepository owners;
    private final CurrentUser currentUser;
    private final Clock clock;

    StudioCourseOwners(CourseOwnerRepository owners, CurrentUser currentUser, Clock clock) {
        this.owners = owners;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean ownedByCurrentUser(String courseKey) {
        return owners.existsByCourseKeyAndUserId(courseKey, currentUser.require().id());
    }

    /** Makes the signed-in person an owner of the course she just published, if she is not one yet. */
    void addCurrentUser(String courseKey) {
        long me = currentUser.require().id();
        if (!owners.existsByCourseKeyAndUserId(courseKey, me)) {
            owners.save(new CourseOwner(courseKey, me, clock.instant()));
        }
    }
}
