package org.colloquy.lesson.work;

import java.util.List;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.StudentAnswer;

/** A few students of a cohort, in the cohort's order, and every answer they gave in its course. */
public record CohortWorkPage(List<UserRef> students, List<StudentAnswer> responses) {

    public CohortWorkPage {
        students = List.copyOf(students);
        responses = List.copyOf(responses);
    }
}
