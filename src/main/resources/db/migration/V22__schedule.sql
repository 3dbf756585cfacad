-- A class's schedule (decision 0045): the time zone its dates are read in, when each lesson opens, is due and closes,
-- later dates for one student (extensions), and the reminders already published, one per student, class and lesson.
-- Times are instants; the class's zone says how they were typed and how the class reads them.
create table schedule_class (
    cohort_id bigint      not null references cohort (id),
    time_zone varchar(64) not null,
    primary key (cohort_id)
);

create table schedule_lesson (
    cohort_id  bigint                   not null references cohort (id),
    lesson_key varchar(100)             not null,
    course_key varchar(100)             not null,
    opens_at   timestamp with time zone,
    due_at     timestamp with time zone,
    closes_at  timestamp with time zone,
    primary key (cohort_id, lesson_key)
);

create index ix_schedule_lesson_due on schedule_lesson (due_at);

create table schedule_extension (
    cohort_id  bigint                   not null references cohort (id),
    lesson_key varchar(100)             not null,
    student_id bigint                   not null references app_user (id),
    due_at     timestamp with time zone not null,
    closes_at  timestamp with time zone,
    primary key (cohort_id, lesson_key, student_id)
);

create index ix_schedule_extension_due on schedule_extension (due_at);

-- The claim: whoever inserts the row publishes the reminder; a second node's insert fails on the primary key.
create table schedule_reminder (
    cohort_id  bigint                   not null references cohort (id),
    lesson_key varchar(100)             not null,
    student_id bigint                   not null references app_user (id),
    due_at     timestamp with time zone not null,
    sent_at    timestamp with time zone not null,
    primary key (cohort_id, lesson_key, student_id)
);
