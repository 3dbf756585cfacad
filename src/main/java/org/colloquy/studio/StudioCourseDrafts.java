package org.colloquy.studio;

import java.util.Optional;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCheck;
import org.colloquy.content.CourseDrafts;
import org.colloquy.content.CoursePublisher;
import org.colloquy.identity.CurrentUser;
import org.colloquy.studio.draft.DraftCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The studio's drafts as courses, for a lesson preview from a draft (decision 0042); only for the draft's owner. */
@Component
class StudioCourseDrafts implements CourseDrafts {

    private final DraftRepository drafts;
    private final CoursePublisher publisher;
    private final CurrentUser currentUser;

    StudioCourseDrafts(DraftRepository drafts, CoursePublisher publisher, CurrentUser currentUser) {
        this.drafts = drafts;
        this.publisher = publisher;
        this.currentUser = currentUser;
    }

    @Override
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Course> draftCourse(long draftId) {
        Optional<DraftCourse> course = drafts.findById(draftId)
                .filter(draft -> DraftService.isMineOrAdmin(draft, currentUser.require())).map(Draft::course);
        return course.map(files -> publisher.check(files.key(), files.files()))
                .filter(CourseCheck.Passed.class::isInstance).map(passed -> ((CourseCheck.Passed) passed).course());
    }
}
