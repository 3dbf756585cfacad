-- Where a person gets email: invitations, password resets, feedback released, replies, reminders.
-- Optional (a person with no address gets her links to copy); usernames that are addresses become her address.
alter table app_user add column email varchar(320);
update app_user set email = username where username like '%_@_%._%';
create unique index app_user_email_unique on app_user (email);
