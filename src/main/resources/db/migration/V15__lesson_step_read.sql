-- The read steps a student has read through (pressed Next or Finish on), so that the lesson's step dots show them
-- as done like the steps she answered, and keep showing them after a reload (issue #17, item 9a).
create table lesson_step_read (
    progress_id bigint       not null references lesson_progress (id) on delete cascade,
    step_key    varchar(100) not null,
    constraint pk_lesson_step_read primary key (progress_id, step_key)
);
