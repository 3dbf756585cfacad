package org.colloquy.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's schedule: its time zone, when each lesson opens, is due and closes, and extensions for one student. Its
 * instructors set and read it for the classes they teach; a student reads only her own dates. Dates are typed as
 * wall-clock times in the class's zone and kept as instants (decision 0045).
 */
@Service
public class ScheduleService {

    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClassZoneRepository zones;
    private final LessonDatesRepository lessonDates;
    private final ExtensionRepository extensions;
    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final ClassWork work;
    private final Clock clock;

    ScheduleService(ClassZoneRepository zones, LessonDatesRepository lessonDates, ExtensionRepository extensions,
                    CohortService cohorts, CourseCatalog catalog, CurrentUser currentUser, ClassWork work,
                    Clock clock) {
        this.zones = zones;
        this.lessonDates = lessonDates;
        this.extensions = extensions;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.work = work;
        this.clock = clock;
    }

    /** The class's schedule as its instructors edit it, for a class the signed-in instructor teaches. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ClassSchedule classSchedule(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        ZoneId zone = zoneOf(cohortId);
        Map<String, String> titles = titles(cohort.courseKey());
        Map<String, LessonDates> byLesson = lessonDates.findByCohortId(cohortId).stream()
                .collect(Collectors.toMap(LessonDates::getLessonKey, Function.identity()));
        List<ClassSchedule.LessonSchedule> lessons = titles.entrySet().stream().map(lesson -> {
            LessonDates dates = byLesson.get(lesson.getKey());
            return dates == null ? new ClassSchedule.LessonSchedule(lesson.getKey(), lesson.getValue(), null, null, null)
                    : new ClassSchedule.LessonSchedule(lesson.getKey(), lesson.getValue(), local(dates.getOpensAt(), zone),
                    local(dates.getDueAt(), zone), local(dates.getClosesAt(), zone));
        }).toList();
        List<ClassSchedule.Student> students = cohorts.students(cohortId).stream()
                .map(student -> new ClassSchedule.Student(student.id(), student.displayName())).toList();
        Map<Long, String> names = students.stream()
                .collect(Collectors.toMap(ClassSchedule.Student::id, ClassSchedule.Student::name));
        List<String> order = List.copyOf(titles.keySet());
        List<ClassSchedule.StudentExtension> given = extensions.findByCohortId(cohortId).stream()
                .filter(extension -> names.containsKey(extension.getStudentId()))
                .map(extension -> new ClassSchedule.StudentExtension(extension.getLessonKey(),
                        titles.getOrDefault(extension.getLessonKey(), extension.getLessonKey()),
                        extension.getStudentId(), names.get(extension.getStudentId()),
                        Objects.requireNonNull(local(extension.getDueAt(), zone)), local(extension.getClosesAt(), zone)))
                .sorted(Comparator.comparing((ClassSchedule.StudentExtension extension) -> order.indexOf(extension.lessonKey()))
                        .thenComparing(ClassSchedule.StudentExtension::studentName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new ClassSchedule(cohortId, zone, lessons, given, students);
    }

    /**
     * Sets the zone the class's dates are read in. Dates already set keep their wall-clock time (due at 17:00 stays
     * 17:00, now in the new zone), because that is what the instructor typed.
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setTimeZone(long cohortId, String zoneId) {
        cohorts.requireTeaching(cohortId);
        ZoneId zone = zone(zoneId);
        ZoneId old = zoneOf(cohortId);
        if (zone.equals(old)) {
            return;
        }
        for (LessonDates dates : lessonDates.findByCohortId(cohortId)) {
            dates.set(move(dates.getOpensAt(), old, zone), move(dates.getDueAt(), old, zone),
                    move(dates.getClosesAt(), old, zone));
        }
        for (Extension extension : extensions.findByCohortId(cohortId)) {
            extension.set(Objects.requireNonNull(move(extension.getDueAt(), old, zone)),
                    move(extension.getClosesAt(), old, zone));
        }
        zones.save(zones.findById(cohortId).map(found -> {
            found.setTimeZone(zone.getId());
            return found;
        }).orElseGet(() -> new ClassZone(cohortId, zone.getId())));
    }

    /**
     * Sets when a lesson opens, is due and closes for the class, as wall-clock times in the class's zone; all three
     * unset removes the lesson's dates. Refused, at the field, for a due date before the opening, a close before the
     * due date, or a close without a due date.
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setLessonDates(long cohortId, String lessonKey, @Nullable LocalDateTime opens,
                               @Nullable LocalDateTime due, @Nullable LocalDateTime closes) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        requireLesson(cohort, lessonKey);
        ZoneId zone = zoneOf(cohortId);
        Instant opensAt = instant(opens, zone);
        Instant dueAt = instant(due, zone);
        Instant closesAt = instant(closes, zone);
        if (opensAt != null && dueAt != null && dueAt.isBefore(opensAt)) {
            throw new ScheduleRefusal(ScheduleField.DUE, "schedule.refused.due-before-open");
        }
        if (closesAt != null && dueAt == null) {
            throw new ScheduleRefusal(ScheduleField.CLOSES, "schedule.refused.close-needs-due");
        }
        if (closesAt != null && closesAt.isBefore(dueAt)) {
            throw new ScheduleRefusal(ScheduleField.CLOSES, "schedule.refused.close-before-due");
        }
        LessonDates.Key key = new LessonDates.Key(cohortId, lessonKey);
        if (opensAt == null && dueAt == null && closesAt == null) {
            lessonDates.findById(key).ifPresent(lessonDates::delete);
            return;
        }
        LessonDates dates = lessonDates.findById(key)
                .orElseGet(() -> new LessonDates(cohortId, cohort.courseKey(), lessonKey));
        dates.set(opensAt, dueAt, closesAt);
        lessonDates.save(dates);
    }

    /**
     * Gives one student of the class a later due date for a lesson, and perhaps a later close, as wall-clock times in
     * the class's zone. Refused, at the field, for a lesson the class has no due date for, a due date not after the
     * class's, or a close before her due date. Without a close of her own she may submit until the class's close or
     * her due date, whichever is later.
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void extend(long cohortId, String lessonKey, long studentId, @Nullable LocalDateTime due,
                       @Nullable LocalDateTime closes) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        requireLesson(cohort, lessonKey);
        if (!cohorts.studentIds(cohortId).contains(studentId)) {
            throw new ScheduleRefusal(ScheduleField.STUDENT, "schedule.refused.not-a-student");
        }
        ZoneId zone = zoneOf(cohortId);
        Instant classDue = lessonDates.findById(new LessonDates.Key(cohortId, lessonKey))
                .map(LessonDates::getDueAt).orElse(null);
        if (classDue == null) {
            throw new ScheduleRefusal(ScheduleField.LESSON, "schedule.refused.no-class-due");
        }
        Instant dueAt = instant(due, zone);
        if (dueAt == null) {
            throw new ScheduleRefusal(ScheduleField.DUE, "schedule.refused.extension-needs-due");
        }
        if (!dueAt.isAfter(classDue)) {
            throw new ScheduleRefusal(ScheduleField.DUE, "schedule.refused.extension-not-later",
                    SAID.format(classDue.atZone(zone)));
        }
        Instant closesAt = instant(closes, zone);
        if (closesAt != null && closesAt.isBefore(dueAt)) {
            throw new ScheduleRefusal(ScheduleField.CLOSES, "schedule.refused.close-before-due");
        }
        Extension extension = extensions.findById(new Extension.Key(cohortId, lessonKey, studentId))
                .orElseGet(() -> new Extension(cohortId, lessonKey, studentId, dueAt, closesAt));
        extension.set(dueAt, closesAt);
        extensions.save(extension);
    }

    /** Takes an extension back: the student has the class's dates again. */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void removeExtension(long cohortId, String lessonKey, long studentId) {
        cohorts.requireTeaching(cohortId);
        extensions.findById(new Extension.Key(cohortId, lessonKey, studentId)).ifPresent(extensions::delete);
    }

    /**
     * Each student's dates for each lesson of a class the signed-in instructor teaches that has dates, extensions
     * included: student id → lesson key → dates. For the exports' due date and late flag.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Map<Long, Map<String, DueDates>> datesOfClass(long cohortId) {
        cohorts.requireTeaching(cohortId);
        ZoneId zone = zoneOf(cohortId);
        List<LessonDates> lessons = lessonDates.findByCohortId(cohortId);
        Map<Long, Map<String, Extension>> extended = extensions.findByCohortId(cohortId).stream()
                .collect(Collectors.groupingBy(Extension::getStudentId,
                        Collectors.toMap(Extension::getLessonKey, Function.identity())));
        Map<Long, Map<String, DueDates>> byStudent = new HashMap<>();
        for (long studentId : cohorts.studentIds(cohortId)) {
            Map<String, Extension> hers = extended.getOrDefault(studentId, Map.of());
            Map<String, DueDates> byLesson = new HashMap<>();
            for (LessonDates dates : lessons) {
                byLesson.put(dates.getLessonKey(), effective(dates, hers.get(dates.getLessonKey()), zone));
            }
            byStudent.put(studentId, Map.copyOf(byLesson));
        }
        return Map.copyOf(byStudent);
    }

    /**
     * Whether each student's work was late, for every lesson of a class the signed-in instructor teaches that has a
     * due date: one {@link Lateness} per student and such lesson (her extension included), by student id and then the
     * course's order of lessons. LATE when an answer of the lesson was last submitted after her due time; MISSING when
     * the due time has passed and she has not finished; ON_TIME when finished with nothing late; NOT_DUE_YET otherwise.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Lateness> lateness(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Map<Long, Map<String, DueDates>> dates = datesOfClass(cohortId);
        Map<String, HandedIn> handedIn = work.handedIn(cohortId).stream()
                .collect(Collectors.toMap(h -> h.studentId() + "/" + h.lessonKey(), Function.identity(), (a, b) -> a));
        List<String> order = List.copyOf(titles(cohort.courseKey()).keySet());
        Instant now = clock.instant();
        List<Lateness> found = new ArrayList<>();
        dates.forEach((studentId, lessons) -> lessons.forEach((lessonKey, due) -> {
            if (due.dueAt() != null) {
                found.add(Lateness.of(studentId, lessonKey, due.dueAt(), handedIn.get(studentId + "/" + lessonKey),
                        now));
            }
        }));
        found.sort(Comparator.comparingLong(Lateness::studentId)
                .thenComparing(lateness -> order.indexOf(lateness.lessonKey())));
        return List.copyOf(found);
    }

    /**
     * The signed-in student's own dates for each lesson of a course that has dates in one of her classes, extensions
     * included: lesson key → dates. In two classes of one course she gets the kinder date of each.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public Map<String, DueDates> myDates(String courseKey) {
        long me = currentUser.require().id();
        List<Long> mine = cohorts.cohortsIAmIn().stream().filter(cohort -> cohort.courseKey().equals(courseKey))
                .map(CohortRef::id).toList();
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<String, Extension> extended = extensions.findByCohortIdInAndStudentId(mine, me).stream()
                .collect(Collectors.toMap(extension -> extension.getCohortId() + "/" + extension.getLessonKey(),
                        Function.identity()));
        Map<Long, ZoneId> classZones = new HashMap<>();
        Map<String, DueDates> byLesson = new HashMap<>();
        for (LessonDates dates : lessonDates.findByCohortIdIn(mine)) {
            ZoneId zone = classZones.computeIfAbsent(dates.getCohortId(), this::zoneOf);
            DueDates hers = effective(dates, extended.get(dates.getCohortId() + "/" + dates.getLessonKey()), zone);
            byLesson.merge(dates.getLessonKey(), hers, DueDates::kinder);
        }
        return Map.copyOf(byLesson);
    }

    /** The zone a class reads its dates in: its own, or the server's. */
    ZoneId zoneOf(long cohortId) {
        return zones.findById(cohortId).map(found -> zone(found.getTimeZone())).orElseGet(ZoneId::systemDefault);
    }

    static DueDates effective(LessonDates dates, @Nullable Extension extension, ZoneId zone) {
        if (extension == null) {
            return new DueDates(dates.getOpensAt(), dates.getDueAt(), dates.getClosesAt(), zone, false);
        }
        Instant closes = extension.getClosesAt();
        if (closes == null && dates.getClosesAt() != null) {
            closes = dates.getClosesAt().isAfter(extension.getDueAt()) ? dates.getClosesAt() : extension.getDueAt();
        }
        return new DueDates(dates.getOpensAt(), extension.getDueAt(), closes, zone, true);
    }

    private Map<String, String> titles(String courseKey) {
        Map<String, String> titles = new LinkedHashMap<>();
        catalog.course(courseKey).map(Course::lessons).orElse(List.of())
                .forEach(lesson -> titles.put(lesson.key(), lesson.title()));
        return titles;
    }

    private void requireLesson(CohortRef cohort, String lessonKey) {
        catalog.course(cohort.courseKey()).flatMap(course -> course.lesson(lessonKey))
                .orElseThrow(() -> new ScheduleRefusal(ScheduleField.LESSON, "schedule.refused.no-such-lesson"));
    }

    private static ZoneId zone(String zoneId) {
        try {
            return ZoneId.of(zoneId.strip());
        } catch (RuntimeException unknown) {
            throw new ScheduleRefusal(ScheduleField.TIME_ZONE, "schedule.refused.zone", zoneId.strip());
        }
    }

    static @Nullable Instant instant(@Nullable LocalDateTime wallTime, ZoneId zone) {
        return wallTime == null ? null : wallTime.atZone(zone).toInstant();
    }

    static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static @Nullable Instant move(@Nullable Instant instant, ZoneId from, ZoneId to) {
        return instant(local(instant, from), to);
    }
}
