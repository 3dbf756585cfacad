package org.colloquy.seminar.cohort;

import java.util.List;

/**
 * The class a session is run for, as the presenter sees it: each student by name and whether they have answered
 * the prompt on screen, and how many answers came from people outside the class.
 */
public record CohortInRoom(long cohortId, String cohortName, List<Student> students, int answersFromOutside) {

    public CohortInRoom {
        students = List.copyOf(students);
    }

    public record Student(long userId, String name, boolean answered) {
    }

    public List<Student> answered() {
        return students.stream().filter(Student::answered).toList();
    }

    public List<Student> notYetAnswered() {
        return students.stream().filter(student -> !student.answered()).toList();
    }
}
