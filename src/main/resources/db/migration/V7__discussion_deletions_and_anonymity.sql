-- A student took her discussion post back. The answer itself stays hers (and her instructors') in the lesson;
-- classmates no longer see it. Submitting the answer again after submission_number posts it again.
create table discussion_post_deletion (
    response_id       bigint                   not null primary key references response (id),
    submission_number integer                  not null,
    deleted_at        timestamp with time zone not null
);

-- A student took her reply back: classmates no longer see it, instructors still do.
alter table discussion_reply add column deleted_at timestamp with time zone;

-- A discussion prompt that has had posts while anonymous to peers stays anonymous, whatever the content says later.
create table discussion_anonymity (
    course_key   varchar(100)             not null,
    prompt_key   varchar(201)             not null,
    recorded_at  timestamp with time zone not null,
    primary key (course_key, prompt_key)
);
