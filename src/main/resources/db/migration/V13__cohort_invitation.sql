-- A class list that names an account already in use invites its owner instead of enrolling her: she joins when she
-- accepts (decision 0032). Accepting or joining with the class's code makes her a member and removes the invitation;
-- declining removes it.
create table cohort_invitation (
    cohort_id  bigint                   not null references cohort (id),
    user_id    bigint                   not null references app_user (id),
    invited_by bigint                   not null references app_user (id),
    invited_at timestamp with time zone not null,
    primary key (cohort_id, user_id)
);

create index ix_cohort_invitation_user on cohort_invitation (user_id);
