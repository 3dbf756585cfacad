-- A live session can belong to a class (cohort): its instructors then see its answers on their dashboard, the
-- leader can bring in answers starred during review, and can put the class's argument map on the projector.
alter table seminar_session add column cohort_id bigint references cohort (id);
alter table seminar_session add column starred_response_id bigint;
alter table seminar_session add column map_prompt_key varchar(201);

create index seminar_session_cohort on seminar_session (cohort_id);

-- The prompts a session asks, in order, by prompt key (lessonKey/stepKey): a whole lesson or prompts picked
-- from several lessons of the course. Sessions started before this table existed ask their lesson's prompts.
create table seminar_session_prompt (
    session_id bigint       not null references seminar_session (id),
    position   integer      not null,
    prompt_key varchar(201) not null,
    primary key (session_id, position)
);

-- Live answers are now stored against the full prompt key, so prompts of two lessons never share answers.
alter table seminar_answer alter column step_key set data type varchar(201);
update seminar_answer
set step_key = (select s.lesson_key from seminar_session s where s.id = seminar_answer.session_id) || '/' || step_key
where step_key not like '%/%';
