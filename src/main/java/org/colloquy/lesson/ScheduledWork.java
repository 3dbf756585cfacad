package org.colloquy.lesson;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.PromptKey;
import org.colloquy.schedule.ClassWork;
import org.colloquy.schedule.HandedIn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the schedule what students handed in and finished, so it can say what was late and whom to remind. */
@Component
class ScheduledWork implements ClassWork {

    private final CohortService cohorts;
    private final ResponseRepository responses;
    private final LessonProgressRepository progress;

    ScheduledWork(CohortService cohorts, ResponseRepository responses, LessonProgressRepository progress) {
        this.cohorts = cohorts;
        this.responses = responses;
        this.progress = progress;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<HandedIn> handedIn(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Set<Long> students = cohorts.studentIds(cohortId);
        if (students.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> lastSubmitted = new HashMap<>();
        for (Response response : responses.findByCourseKeyAndUserIdIn(cohort.courseKey(), students)) {
            Instant submitted = response.getSubmittedAt();
            String lessonKey = PromptKey.parse(response.getPromptKey()).map(PromptKey::lessonKey).orElse(null);
            if (submitted != null && lessonKey != null) {
                lastSubmitted.merge(response.getUserId() + "/" + lessonKey, submitted,
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Set<String> finished = new HashSet<>();
        Set<String> begun = new HashSet<>(lastSubmitted.keySet());
        for (LessonProgress lesson : progress.findByCourseKeyAndUserIdIn(cohort.courseKey(), students)) {
            String key = lesson.getUserId() + "/" + lesson.getLessonKey();
            begun.add(key);
            if (lesson.getCompletedAt() != null) {
                finished.add(key);
            }
        }
        return begun.stream().map(key -> {
            int slash = key.indexOf('/');
            return new HandedIn(Long.parseLong(key.substring(0, slash)), key.substring(slash + 1),
                    lastSubmitted.get(key), finished.contains(key));
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public Set<Long> finished(String courseKey, String lessonKey, Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return Set.of();
        }
        return progress.findByCourseKeyAndUserIdIn(courseKey, studentIds).stream()
                .filter(lesson -> lesson.getLessonKey().equals(lessonKey) && lesson.getCompletedAt() != null)
                .map(LessonProgress::getUserId)
                .collect(Collectors.toSet());
    }
}
