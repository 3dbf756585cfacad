-- A username has one canonical form (identity.Usernames): lower case, and unique in that form. Every username
-- stored so far passed the rule [A-Za-z0-9._@+-]{2,100}, so lower() computes its canonical form here, the same on
-- H2 and PostgreSQL. Decision 0031.

-- Accounts whose names differ only in case ('ana' and a later 'ANA'): the oldest keeps the name; every later one
-- keeps its work and password under '<name>.renamed-<id>' until an admin tells its owner the new name (decision
-- 0031 says how to find them). Were that name already taken, the unique constraint stops the migration unchanged.
update app_user
set username = concat(left(lower(username), 70), '.renamed-', cast(id as varchar(20)))
where exists (select 1
              from app_user older
              where lower(older.username) = lower(app_user.username)
                and older.id < app_user.id);

update app_user
set username = lower(username)
where username <> lower(username);

-- The unique constraint on username (V1) is now a unique constraint on the canonical form.
alter table app_user
    add constraint ck_app_user_username_canonical check (username = lower(username));
