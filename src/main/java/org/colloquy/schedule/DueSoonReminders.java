package org.colloquy.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link LessonDueSoon} once per student, class and lesson, when her due time (her extension included) is
 * less than a day away and she has not finished the lesson. A student in several classes of one course that have the
 * lesson due at the same moment is reminded once, naming those classes (her work on a lesson is one, whichever class
 * it counts for); classes with different due times remind her once each, each naming its class. Every few minutes it asks the database for the lessons and
 * extensions due in the next day (an index on the due time), and claims each reminder by inserting its row: the
 * insert and the event commit together, and a second node's insert of the same row fails, so a reminder is published
 * once even with two nodes on one PostgreSQL (decision 0045). Runs as the system (role {@code SYSTEM}, which no person
 * has) to learn who is in a class and who has finished.
 */
@Component
class DueSoonReminders {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(DueSoonReminders.class);

    private final LessonDatesRepository lessonDates;
    private final ExtensionRepository extensions;
    private final CohortService cohorts;
    private final ClassWork work;
    private final CourseCatalog catalog;
    private final ScheduleService schedules;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate eachClaim;
    private final TransactionTemplate reading;
    private final Clock clock;

    private final SecurityContextHolderStrategy securityContexts;

    DueSoonReminders(LessonDatesRepository lessonDates, ExtensionRepository extensions, CohortService cohorts,
                     ClassWork work, CourseCatalog catalog, ScheduleService schedules, JdbcTemplate jdbc,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                     ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.lessonDates = lessonDates;
        this.extensions = extensions;
        this.cohorts = cohorts;
        this.work = work;
        this.catalog = catalog;
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.events = events;
        this.eachClaim = new TransactionTemplate(transactions);
        this.eachClaim.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    @Scheduled(cron = "${colloquy.schedule.reminders:0 */10 * * * *}")
    void remindNow() {
        int published = remind(clock.instant());
        if (published > 0) {
            log.info("Published {} due-soon reminders", published);
        }
    }

    /** Publishes the reminders due at {@code now}; returns how many this node published. */
    int remind(Instant now) {
        return asTheSystem(() -> {
            Instant until = now.plus(AHEAD);
            List<Reminder> candidates = Objects.requireNonNull(reading.execute(status -> candidates(now, until)));
            Map<Moment, List<Reminder>> byMoment = candidates.stream().collect(Collectors.groupingBy(
                    reminder -> new Moment(reminder.studentId(), reminder.dates().getCourseKey(),
                            reminder.dates().getLessonKey(), reminder.dueAt()), LinkedHashMap::new, Collectors.toList()));
            int published = 0;
            for (List<Reminder> sameMoment : byMoment.values()) {
                if (claim(sameMoment, now)) {
                    published++;
                }
            }
            return published;
        });
    }

    private List<Reminder> candidates(Instant now, Instant until) {
        List<Reminder> found = new ArrayList<>();
        for (LessonDates dates : lessonDates.findByDueAtGreaterThanAndDueAtLessThanEqual(now, until)) {
            Set<Long> students = new HashSet<>(cohorts.studentIdsForTheSystem(dates.getCohortId()));
            extensions.findByCohortId(dates.getCohortId()).stream()
                    .filter(extension -> extension.getLessonKey().equals(dates.getLessonKey()))
                    .forEach(extension -> students.remove(extension.getStudentId()));
            for (long student : students) {
                found.add(new Reminder(dates, student, Objects.requireNonNull(dates.getDueAt())));
            }
        }
        for (Extension extension : extensions.findByDueAtGreaterThanAndDueAtLessThanEqual(now, until)) {
            lessonDates.findById(new LessonDates.Key(extension.getCohortId(), extension.getLessonKey()))
                    .filter(dates -> cohorts.studentIdsForTheSystem(dates.getCohortId())
                            .contains(extension.getStudentId()))
                    .ifPresent(dates -> found.add(new Reminder(dates, extension.getStudentId(), extension.getDueAt())));
        }
        return withoutSentOrFinished(found);
    }

    private List<Reminder> withoutSentOrFinished(List<Reminder> found) {
        Map<String, List<Reminder>> byLesson = found.stream()
                .collect(Collectors.groupingBy(reminder -> reminder.dates().getCohortId() + "/"
                        + reminder.dates().getLessonKey()));
        List<Reminder> left = new ArrayList<>();
        for (List<Reminder> ofOneLesson : byLesson.values()) {
            LessonDates dates = ofOneLesson.getFirst().dates();
            Set<Long> sent = new HashSet<>(jdbc.queryForList(
                    "select student_id from schedule_reminder where cohort_id = ? and lesson_key = ?", Long.class,
                    dates.getCohortId(), dates.getLessonKey()));
            Set<Long> asked = ofOneLesson.stream().map(Reminder::studentId).filter(id -> !sent.contains(id))
                    .collect(Collectors.toSet());
            Set<Long> finished = asked.isEmpty() ? Set.of()
                    : work.finished(dates.getCourseKey(), dates.getLessonKey(), asked);
            ofOneLesson.stream().filter(reminder -> asked.contains(reminder.studentId()))
                    .filter(reminder -> !finished.contains(reminder.studentId()))
                    .forEach(left::add);
        }
        return left;
    }

    /**
     * Inserts the row of each class's reminder of one student, lesson and due time, and publishes one event for them, in
     * one transaction; false when another node got there first.
     */
    private boolean claim(List<Reminder> sameMoment, Instant now) {
        List<Reminder> reminders = sameMoment.stream()
                .sorted(Comparator.comparingLong(reminder -> reminder.dates().getCohortId())).toList();
        Reminder first = reminders.getFirst();
        LessonDates dates = first.dates();
        String title = catalog.course(dates.getCourseKey()).flatMap(course -> course.lesson(dates.getLessonKey()))
                .map(Lesson::title).orElse(dates.getLessonKey());
        List<String> classNames = reminders.stream()
                .map(reminder -> cohorts.nameForTheSystem(reminder.dates().getCohortId())).toList();
        try {
            return Boolean.TRUE.equals(eachClaim.execute(status -> {
                for (Reminder reminder : reminders) {
                    jdbc.update("insert into schedule_reminder (cohort_id, lesson_key, student_id, due_at, sent_at) "
                                    + "values (?, ?, ?, ?, ?)", reminder.dates().getCohortId(), dates.getLessonKey(),
                            reminder.studentId(), java.sql.Timestamp.from(reminder.dueAt()),
                            java.sql.Timestamp.from(now));
                }
                events.publishEvent(new LessonDueSoon(first.studentId(), dates.getCohortId(), dates.getCourseKey(),
                        dates.getLessonKey(), title, first.dueAt(), schedules.zoneOf(dates.getCohortId()).getId(),
                        classNames));
                return true;
            }));
        } catch (DataIntegrityViolationException claimedElsewhere) {
            return false;
        }
    }

    /** Runs as the system, through the strategy method security reads (the Vaadin-aware one), not the static holder. */
    private <T> T asTheSystem(Supplier<T> task) {
        SecurityContext before = securityContexts.getContext();
        SecurityContext system = securityContexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("schedule-reminders", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        securityContexts.setContext(system);
        try {
            return task.get();
        } finally {
            securityContexts.setContext(before);
        }
    }

    private record Reminder(LessonDates dates, long studentId, Instant dueAt) {
    }

    /** One student's lesson due at one moment, in one class or in several. */
    private record Moment(long studentId, String courseKey, String lessonKey, Instant dueAt) {
    }
}
