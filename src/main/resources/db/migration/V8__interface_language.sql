-- The interface language a person chose (en, zh, ru); empty means: follow the browser.
alter table app_user add column interface_language varchar(10);
