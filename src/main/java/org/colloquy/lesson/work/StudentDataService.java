package org.colloquy.lesson.work;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.lesson.Response;
import org.colloquy.lesson.ResponseRepository;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.SubmissionRepository;

/**
 * Everything one person wrote, in every course, for an admin answering a data-subject request. Admins only: the
 * person is named by id, so this must never be reachable by anyone else.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StudentDataService {

    private final ResponseRepository responses;
    private final SubmissionRepository submissions;

    StudentDataService(ResponseRepository responses, SubmissionRepository submissions) {
        this.responses = responses;
        this.submissions = submissions;
    }

    /** The keys of the courses this person has answered in, including courses since removed. */
    @Transactional(readOnly = true)
    public List<String> coursesAnsweredBy(long userId) {
        return responses.findCourseKeysByUserId(userId);
    }

    /** This person's answers in one course, in the order they were started. */
    @Transactional(readOnly = true)
    public List<StudentAnswer> responsesOf(long userId, String courseKey) {
        List<Response> found = responses.findByUserIdAndCourseKeyOrderByCreatedAtAsc(userId, courseKey);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : submissions.countByResponseIds(found.stream().map(Response::getId).toList())) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return found.stream()
                .map(response -> StudentAnswer.of(response, counts.getOrDefault(response.getId(), 0)))
                .toList();
    }
}
