package org.colloquy.lesson;

import org.colloquy.base.i18n.HasReason;
import org.colloquy.base.i18n.Text;

/** A course, lesson or step the catalogue does not have; it says which, for the reader's not-found page. */
public class UnknownLessonException extends RuntimeException implements HasReason {

    private final Text reason;

    public UnknownLessonException(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    public static UnknownLessonException noCourse(String courseKey) {
        return new UnknownLessonException(Text.of("lesson.not-found.course", courseKey));
    }

    static UnknownLessonException noLesson(String courseKey, String lessonKey) {
        return new UnknownLessonException(Text.of("lesson.not-found.lesson", courseKey, lessonKey));
    }

    static UnknownLessonException noStep(String lessonKey, String stepKey) {
        return new UnknownLessonException(Text.of("lesson.not-found.step", lessonKey, stepKey));
    }

    @Override
    public Text reason() {
        return reason;
    }
}
