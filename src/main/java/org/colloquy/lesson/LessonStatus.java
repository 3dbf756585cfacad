package org.colloquy.lesson;

public enum LessonStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done");

    private final String label;

    LessonStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
