package org.colloquy.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.colloquy.content.CheckStep;
import org.colloquy.content.Course;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.PromptKey;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.content.Step;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.colloquy.content.ArgueStep;

/**
 * Fills a database with cohorts of generated students for benchmarks: each student answers every answerable prompt
 * of the course in order (about one answer in ten stays a draft), with positions before and after, lesson progress,
 * and feedback with rubric scores on a third of the submitted open answers, half of it released. It writes with
 * JDBC batches straight into the tables, which only a generator may do; the application goes through its services.
 * Benchmark code only: it lives with the tests and runs only when a benchmark, a test or {@link GenerateScaleData}
 * calls it.
 */
final class ScaleDataGenerator {

    /** A cohort to fill: its students answer in turn, every prompt once, until {@code maxAnswers} answers exist. */
    record CohortSpec(String name, String joinCode, int students, int maxAnswers) {

        static CohortSpec everyPrompt(String name, String joinCode, int students) {
            return new CohortSpec(name, joinCode, students, Integer.MAX_VALUE);
        }

        /** Just enough students, each answering every prompt, for exactly {@code answers} answers. */
        static CohortSpec ofAnswers(String name, String joinCode, int answers, Course course) {
            int perStudent = answerablePrompts(course).size();
            return new CohortSpec(name, joinCode, (answers + perStudent - 1) / perStudent, answers);
        }
    }

    /** What was written for one cohort. */
    record GeneratedCohort(long id, String name, String joinCode, int students, int answers, int submitted,
                           int feedback) {
    }

    private static final int BATCH = 1_000;
    private static final double DRAFT_SHARE = 0.1;
    private static final double FEEDBACK_SHARE = 1.0 / 3;
    private static final String[] FIRST_NAMES = {"Ana", "Ben", "Chen", "Dana", "Emeka", "Fatima", "Giorgi", "Hana",
            "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nadia", "Olek", "Priya", "Quang", "Rosa", "Sami", "Tanya", "Uma",
            "Viktor", "Wei", "Xenia", "Yusuf", "Zoë"};
    private static final String[] LAST_NAMES = {"Petrova", "Liu", "Wei", "Novak", "Okafor", "Haddad", "Beridze",
            "Sato", "Sokolov", "Zhang", "Mensah", "Fischer", "García", "Rahman", "Kowalski", "Iyer", "Nguyen", "Silva",
            "Virtanen", "Orlova", "Das", "Kuznetsov", "Huang", "Popescu", "Demir", "O'Brien"};
    private static final String[] WORDS = ("the essay claims that china and russia moved through three stages of "
            + "domestic transition market state reform order cooperation security economy trade energy sanctions "
            + "strategic partnership paragraph evidence argument author asserts suggests however because therefore "
            + "balance stability democracy regulation influence region organization triangle united states "
            + "complementarity investment growth crisis institutions sovereignty multipolar neighbours border "
            + "history expediency alliance interests values memo policy").split(" ");

    private final JdbcTemplate jdbc;
    private final Course course;
    private final long instructorId;
    private final String passwordHash;
    private final Instant now;
    private final List<PromptKey> prompts;

    ScaleDataGenerator(JdbcTemplate jdbc, Course course, long instructorId, String passwordHash, Instant now) {
        this.jdbc = jdbc;
        this.course = course;
        this.instructorId = instructorId;
        this.passwordHash = passwordHash;
        this.now = now;
        this.prompts = answerablePrompts(course);
    }

    static List<PromptKey> answerablePrompts(Course course) {
        List<PromptKey> keys = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            lesson.steps().stream().filter(Step::expectsAnswer).forEach(step -> keys.add(PromptKey.of(lesson, step)));
        }
        return keys;
    }

    GeneratedCohort generate(CohortSpec spec) {
        Random random = new Random(spec.joinCode().hashCode());
        long cohortId = insertCohort(spec);
        List<Long> students = insertStudents(spec, cohortId, random);
        int answers = insertAnswers(spec, students, random);
        int submitted = jdbc.update("""
                insert into response_submission (response_id, number, body, choice, content_version, submitted_at)
                select r.id, 1, r.body, r.choice, r.content_version, r.submitted_at from response r
                where r.submitted_at is not null and r.course_key = ?
                  and r.user_id in (select m.user_id from cohort_member m where m.cohort_id = ?)""",
                course.key(), cohortId);
        int feedback = insertFeedback(cohortId, random);
        return new GeneratedCohort(cohortId, spec.name(), spec.joinCode(), students.size(), answers, submitted, feedback);
    }

    private long insertCohort(CohortSpec spec) {
        // a plain insert: SimpleJdbcInsert types the time by the column's metadata, which PostgreSQL's driver refuses
        jdbc.update("insert into cohort (course_key, name, join_code, created_at) values (?, ?, ?, ?)", course.key(),
                spec.name(), spec.joinCode(), time(now.minus(Duration.ofDays(40))));
        long id = jdbc.queryForObject("select id from cohort where join_code = ?", Long.class, spec.joinCode());
        jdbc.update("insert into cohort_instructor (cohort_id, user_id) values (?, ?)", id, instructorId);
        return id;
    }

    private List<Long> insertStudents(CohortSpec spec, long cohortId, Random random) {
        String prefix = spec.joinCode().toLowerCase(Locale.ROOT) + "-s";
        List<Object[]> users = new ArrayList<>();
        for (int i = 1; i <= spec.students(); i++) {
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            users.add(new Object[] {prefix + "%05d".formatted(i), name, passwordHash, time(now.minus(Duration.ofDays(35)))});
        }
        batches("insert into app_user (username, display_name, password_hash, created_at) values (?, ?, ?, ?)", users);
        List<Long> ids = jdbc.queryForList("select id from app_user where username like ? order by username", Long.class,
                prefix + "%");
        batches("insert into app_user_role (user_id, role) values (?, 'STUDENT')",
                ids.stream().map(id -> new Object[] {id}).toList());
        batches("insert into cohort_member (cohort_id, user_id, joined_at) values (?, ?, ?)",
                ids.stream().map(id -> new Object[] {cohortId, id, time(now.minus(Duration.ofDays(30)))}).toList());
        return ids;
    }

    private int insertAnswers(CohortSpec spec, List<Long> students, Random random) {
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> progress = new ArrayList<>();
        int written = 0;
        for (long student : students) {
            Instant time = now.minus(Duration.ofDays(28)).plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
            Map<String, Integer> positionBefore = new HashMap<>();
            LessonTrack track = null;
            for (PromptKey key : prompts) {
                if (written == spec.maxAnswers()) {
                    break;
                }
                if (track == null || !track.lessonKey.equals(key.lessonKey())) {
                    if (track != null) {
                        progress.add(track.row(student));
                    }
                    track = new LessonTrack(key.lessonKey(), time);
                }
                Step step = course.step(key.toString()).orElseThrow();
                time = time.plus(Duration.ofMinutes(3 + random.nextInt(18)));
                boolean submitted = random.nextDouble() >= DRAFT_SHARE;
                Answer answer = answer(step, key, positionBefore, random);
                responses.add(new Object[] {student, course.key(), key.toString(), kindOf(step), answer.body(),
                        answer.choice(), 1, course.contentVersion(), time(time.minus(Duration.ofMinutes(2))), time(time),
                        submitted ? time(time) : null});
                track.answered(step.key(), time, submitted);
                written++;
                if (responses.size() == BATCH) {
                    insertResponses(responses);
                }
            }
            if (track != null) {
                progress.add(track.row(student));
            }
        }
        insertResponses(responses);
        batches("""
                insert into lesson_progress (user_id, course_key, lesson_key, current_step_key, started_at, updated_at,
                                             completed_at)
                values (?, ?, ?, ?, ?, ?, ?)""", progress);
        return written;
    }

    private void insertResponses(List<Object[]> rows) {
        batches("""
                insert into response (user_id, course_key, prompt_key, step_kind, body, choice, revision, content_version,
                                      created_at, saved_at, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private int insertFeedback(long cohortId, Random random) {
        List<Map<String, Object>> answered = jdbc.queryForList("""
                select r.id, r.prompt_key from response r
                where r.step_kind = 'respond' and r.submitted_at is not null and r.course_key = ?
                  and r.user_id in (select m.user_id from cohort_member m where m.cohort_id = ?)
                order by r.id""", course.key(), cohortId);
        List<Object[]> feedback = new ArrayList<>();
        Map<Long, String> promptOfResponse = new HashMap<>();
        for (Map<String, Object> row : answered) {
            if (random.nextDouble() < FEEDBACK_SHARE) {
                long responseId = ((Number) row.get("id")).longValue();
                promptOfResponse.put(responseId, (String) row.get("prompt_key"));
                boolean released = random.nextBoolean();
                feedback.add(new Object[] {responseId, cohortId, instructorId, sentences(random, 15 + random.nextInt(30)),
                        random.nextInt(10) == 0, time(now.minus(Duration.ofDays(2))),
                        released ? time(now.minus(Duration.ofDays(1))) : null});
            }
        }
        batches("""
                insert into feedback (response_id, cohort_id, author_id, comment, starred, updated_at, released_at)
                values (?, ?, ?, ?, ?, ?, ?)""", feedback);
        List<Object[]> scores = new ArrayList<>();
        jdbc.query("select id, response_id from feedback where cohort_id = ?", resultSet -> {
            Step step = course.step(promptOfResponse.get(resultSet.getLong("response_id"))).orElseThrow();
            Rubric rubric = step instanceof RespondStep respond ? respond.rubric() : null;
            if (rubric != null) {
                for (Rubric.Criterion criterion : rubric.criteria()) {
                    Rubric.Level level = criterion.levels().get(random.nextInt(criterion.levels().size()));
                    scores.add(new Object[] {resultSet.getLong("id"), criterion.key(), level.score(),
                            random.nextBoolean() ? "" : sentences(random, 6 + random.nextInt(10))});
                }
            }
        }, cohortId);
        batches("insert into feedback_score (feedback_id, criterion_key, score, comment) values (?, ?, ?, ?)", scores);
        return feedback.size();
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private record Answer(String body, @Nullable String choice) {
    }

    private static Answer answer(Step step, PromptKey key, Map<String, Integer> positionBefore, Random random) {
        return switch (step) {
            case RespondStep respond -> new Answer(sentences(random, Math.max(respond.minWords(),
                    Math.min(respond.maxWords(), 100 + random.nextInt(120)))), null);
            case DiscussStep ignored -> new Answer(sentences(random, 30 + random.nextInt(90)), null);
            case CheckStep check -> new Answer("", random.nextInt(3) == 0
                    ? check.options().get(random.nextInt(check.options().size())).key()
                    : check.options().stream().filter(CheckStep.Option::correct).findFirst()
                            .orElse(check.options().getFirst()).key());
            case PositionStep position -> new Answer(sentences(random, 6 + random.nextInt(15)),
                    Integer.toString(point(position, key, positionBefore, random)));
            case ReadStep ignored -> throw new IllegalArgumentException("A reading step takes no answer: " + key);
            case ArgueStep ignored ->
                    throw new IllegalArgumentException("An argue step takes reasons, not an answer: " + key);
        };
    }

    private static int point(PositionStep position, PromptKey key, Map<String, Integer> before, Random random) {
        if (position.moment() == PositionStep.Moment.AFTER && position.repeats() != null
                && before.containsKey(key.lessonKey() + "/" + position.repeats())) {
            int from = before.get(key.lessonKey() + "/" + position.repeats());
            return Math.max(1, Math.min(5, from + random.nextInt(3) - 1));
        }
        int point = 1 + random.nextInt(5);
        before.put(key.toString(), point);
        return point;
    }

    private static String sentences(Random random, int words) {
        StringBuilder text = new StringBuilder();
        int sentenceLength = 0;
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (sentenceLength == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            sentenceLength++;
            boolean endSentence = i == words - 1 || (sentenceLength > 7 && random.nextInt(6) == 0);
            text.append(endSentence ? ". " : random.nextInt(12) == 0 ? ", " : " ");
            if (endSentence) {
                sentenceLength = 0;
            }
        }
        return text.toString().strip();
    }

    /** The kind of step as the application stores it: {@code respond}, {@code check}, {@code position}, … */
    private static String kindOf(Step step) {
        return step.getClass().getSimpleName().replace("Step", "").toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** One student's way through one lesson, for its progress row. */
    private final class LessonTrack {

        final String lessonKey;
        final Instant startedAt;
        Instant updatedAt;
        String currentStep = "";
        int submitted;

        LessonTrack(String lessonKey, Instant startedAt) {
            this.lessonKey = lessonKey;
            this.startedAt = startedAt;
            this.updatedAt = startedAt;
        }

        void answered(String stepKey, Instant at, boolean wasSubmitted) {
            currentStep = stepKey;
            updatedAt = at;
            submitted += wasSubmitted ? 1 : 0;
        }

        Object[] row(long student) {
            Lesson lesson = course.lesson(lessonKey).orElseThrow();
            boolean complete = submitted == lesson.steps().stream().filter(Step::expectsAnswer).count();
            return new Object[] {student, course.key(), lessonKey, currentStep, time(startedAt), time(updatedAt),
                    complete ? time(updatedAt) : null};
        }
    }
}
