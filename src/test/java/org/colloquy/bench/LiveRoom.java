package org.colloquy.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import org.colloquy.seminar.LessonToRun;
import org.colloquy.seminar.PresenterState;
import org.colloquy.seminar.SeminarPrompt;
import org.colloquy.seminar.SeminarService;
import org.colloquy.seminar.SessionSummary;

/**
 * A room ready for a live seminar under load: a class of students with accounts, and a session the demo leader
 * started on the first lesson that can be run, moved on to its first open prompt. Written into an H2 database
 * directory by the application's own context (students through the scale-data generator, the session through
 * {@link SeminarService} as the leader), before the packaged app is started on it.
 */
record LiveRoom(long sessionId, String joinCode, String stepKey, List<String> usernames) {

    static final String CLASS_CODE_PREFIX = "LIVE";

    static LiveRoom prepare(Path dataDir, Path contentDir, int students) {
        try (BenchContext app = BenchContext.start(dataDir, contentDir)) {
            String classCode = CLASS_CODE_PREFIX + students;
            GeneratedCohort room = GenerateScaleData.liveClass(app, classCode, students);
            BenchContext.actAs(GenerateScaleData.INSTRUCTOR, "INSTRUCTOR", "SEMINAR_LEADER");
            SeminarService seminars = app.bean(SeminarService.class);
            LessonToRun lesson = seminars.lessonsToRun().getFirst();
            SessionSummary session = seminars.start(lesson.courseKey(), lesson.lessonKey());
            PresenterState state = seminars.presenterState(session.id());
            while (state.current().kind() != SeminarPrompt.Kind.OPEN && !state.isLast()) {
                seminars.next(session.id());
                state = seminars.presenterState(session.id());
            }
            if (state.current().kind() != SeminarPrompt.Kind.OPEN) {
                throw new IllegalStateException("The lesson " + lesson.lessonKey() + " has no open prompt to answer.");
            }
            String prefix = classCode.toLowerCase(Locale.ROOT) + "-s";
            List<String> usernames = IntStream.rangeClosed(1, room.students())
                    .mapToObj(i -> prefix + "%05d".formatted(i)).toList();
            return new LiveRoom(session.id(), session.joinCode(), state.current().key(), usernames);
        }
    }
}
