package org.colloquy.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.security.HostileInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile-input corpus through the schedule's text inputs (a time zone; a lesson chosen for dates or an
 * extension, which a forged request can replace by any text): each is refused at its field, nothing is stored, and a
 * refusal that repeats the text keeps it as an argument, never as part of a message pattern.
 */
@IntegrationTest
class ScheduleHostileInputTest {

    private static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ScheduleService schedules;

    UserRef teacher;
    UserRef ana;
    CohortRef cohort;

    @BeforeEach
    void aClassWithADueDateAndAStudent() {
        teacher = accounts.signInNew("teacher", Role.INSTRUCTOR);
        cohort = cohorts.createCohort(COURSE, "Hostile schedule");
        schedules.setTimeZone(cohort.id(), "Europe/Berlin");
        ana = accounts.signInNew("ana", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        accounts.signIn(teacher);
        schedules.setLessonDates(cohort.id(), "three-stages", null, LocalDateTime.of(2027, 3, 8, 17, 0), null);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void every_hostile_time_zone_lesson_and_extension_is_refused_at_its_field_and_nothing_is_stored() {
        List<String> hostile = new ArrayList<>(HostileInput.CORPUS.stream().map(HostileInput.Payload::text).toList());
        hostile.add(HostileInput.ONE_MEGABYTE);
        LocalDateTime later = LocalDateTime.of(2027, 3, 10, 17, 0);
        for (String text : hostile) {
            ScheduleRefusal zone = catchThrowableOfType(ScheduleRefusal.class,
                    () -> schedules.setTimeZone(cohort.id(), text));
            assertThat(zone.field()).isEqualTo(ScheduleField.TIME_ZONE);
            assertThat(zone.reason().key()).isEqualTo("schedule.refused.zone");

            ScheduleRefusal dates = catchThrowableOfType(ScheduleRefusal.class,
                    () -> schedules.setLessonDates(cohort.id(), text, null, later, null));
            assertThat(dates.field()).isEqualTo(ScheduleField.LESSON);

            ScheduleRefusal extension = catchThrowableOfType(ScheduleRefusal.class,
                    () -> schedules.extend(cohort.id(), text, ana.id(), later, null));
            assertThat(extension.field()).isEqualTo(ScheduleField.LESSON);
        }

        ClassSchedule schedule = schedules.classSchedule(cohort.id());
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(schedule.extensions()).isEmpty();
        assertThat(schedule.lessons()).filteredOn(lesson -> lesson.due() != null).singleElement()
                .satisfies(lesson -> assertThat(lesson.lessonKey()).isEqualTo("three-stages"));
    }
}
