package org.colloquy.lesson;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByResponseIdOrderByNumberAsc(long responseId);

    List<Submission> findByResponseIdInOrderByNumberAsc(Collection<Long> responseIds);

    int countByResponseId(long responseId);

    @Query(
            "select s.responseId, count(s) from Submission s where s.responseId in :responseIds group by s.responseId")
    List<Object[]> countByResponseIds(Collection<Long> responseIds);

    /** When each submission of these students' answers in this course was made, as {@code [responseId, submittedAt]}. */
    @Query("select s.responseId, s.submittedAt from Submission s "
            + "join Response r on r.id = s.responseId where r.courseKey = :courseKey and r.userId in :userIds")
    List<Object[]> timesByCourseKeyAndUserIdIn(String courseKey, Collection<Long> userIds);

    /** When each submission of these answers was made, as {@code [responseId, submittedAt]}. */
    @Query("select s.responseId, s.submittedAt from Submission s where s.responseId in :responseIds")
    List<Object[]> timesByResponseIds(Collection<Long> responseIds);

    /** Every submission of these students' answers in this course, in order of answer and number. */
    @Query("select s from Submission s join Response r on r.id = s.responseId "
            + "where r.courseKey = :courseKey and r.userId in :userIds order by s.responseId, s.number")
    List<Submission> findByCourseKeyAndUserIdIn(String courseKey, Collection<Long> userIds);
}
