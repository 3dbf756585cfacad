-- The owners of a course published from the studio (decision 0038): whoever publishes a course first owns it, and
-- only its owners (and admins) may publish over it. A course shipped as files has no owner: only admins change it.
create table studio_course_owner (
    course_key varchar(64)              not null,
    user_id    bigint                   not null references app_user (id),
    since      timestamp with time zone not null,
    primary key (course_key, user_id)
);

create index ix_studio_course_owner_user on studio_course_owner (user_id);
