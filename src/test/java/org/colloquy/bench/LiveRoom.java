package org.colloquy.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import org.colloquy.seminar.session.LessonToRun;
import org.colloquy.seminar.console.PresenterState;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;

/**
 * A room ready for a live seminar under load: a class of students with accounts, and a session the demo leader
 * started on the first lesson that can be run, moved on to its first open prompt. Written into an H2 database
 * directory by the application's own context (students through the scale-data generator, the session through
 * {@link LiveSessionService} and {@link ConsoleService} as the leader), before the packaged app is started on it. A second, smaller class answers a
 * second session on the same prompt first: the rehearsal ({@link LiveRehearsal}).
 */
record LiveRoom(long sessionId, String joinCode, String stepKey, List<String> usernames, Rehearsal rehearsal) {

    static final String CLASS_CODE_PREFIX = "LIVE";
    static final String REHEARSAL_CODE_PREFIX = "WARM";

    /** A second session on the same prompt, with students of its own, for the room that runs first after start. */
    record Rehearsal(long sessionId, String joinCode, List<String> usernames) {
    }

    /** A room without a class that answers first. */
    static LiveRoom prepare(Path dataDir, Path contentDir, int students) {
        return prepare(LiveDatabase.h2(dataDir), contentDir, students, 0);
    }

    /** The room written into this database: H2, or a PostgreSQL that several nodes share. */
    static LiveRoom prepare(LiveDatabase database, Path contentDir, int students, int rehearsalStudents) {
        try (BenchContext app = BenchContext.start(database, contentDir)) {
            List<String> usernames = students(app, CLASS_CODE_PREFIX, students);
            List<String> rehearsing = students(app, REHEARSAL_CODE_PREFIX, rehearsalStudents);
            BenchContext.actAs(GenerateScaleData.INSTRUCTOR, "INSTRUCTOR", "SEMINAR_LEADER");
            LiveSessionService rooms = app.bean(LiveSessionService.class);
            ConsoleService console = app.bean(ConsoleService.class);
            SessionSummary rehearsal = startAtFirstOpenPrompt(rooms, console);
            SessionSummary session = startAtFirstOpenPrompt(rooms, console);
            String stepKey = console.presenterState(session.id()).current().key();
            return new LiveRoom(session.id(), session.joinCode(), stepKey, usernames,
                    new Rehearsal(rehearsal.id(), rehearsal.joinCode(), rehearsing));
        }
    }

    private static List<String> students(BenchContext app, String codePrefix, int students) {
        if (students == 0) {
            return List.of();
        }
        String classCode = codePrefix + students;
        GeneratedCohort room = GenerateScaleData.liveClass(app, classCode, students);
        String prefix = classCode.toLowerCase(Locale.ROOT) + "-s";
        return IntStream.rangeClosed(1, room.students()).mapToObj(i -> prefix + "%05d".formatted(i)).toList();
    }

    private static SessionSummary startAtFirstOpenPrompt(LiveSessionService rooms, ConsoleService console) {
        LessonToRun lesson = rooms.lessonsToRun().getFirst();
        SessionSummary session = rooms.start(lesson.courseKey(), lesson.lessonKey());
        PresenterState state = console.presenterState(session.id());
        while (state.current().kind() != SeminarPrompt.Kind.OPEN && !state.isLast()) {
            console.next(session.id());
            state = console.presenterState(session.id());
        }
        if (state.current().kind() != SeminarPrompt.Kind.OPEN) {
            throw new IllegalStateException("The lesson " + lesson.lessonKey() + " has no open prompt to answer.");
        }
        return session;
    }
}
