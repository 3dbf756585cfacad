-- A reply written by the class's instructor: shown with her name and an "Instructor" label, never anonymously.
alter table discussion_reply add column by_instructor boolean default false not null;
