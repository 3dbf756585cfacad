-- A notice points to a page by what the page is (the lesson of a course, a discussion of a prompt, My work), and the
-- interface makes the address when it shows the notice: the services that tell know no address (decision 0028).
-- target_kind LESSON: target_course + target_key (a lesson key); DISCUSSION: target_course + target_key (a prompt
-- key); MY_WORK: neither. Notices from before keep only the address in link, which they still open.
alter table notice add column target_kind varchar(20);
alter table notice add column target_course varchar(100);
alter table notice add column target_key varchar(200);
alter table notice alter column link drop not null;
