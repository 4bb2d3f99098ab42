-- The interface language a user chose on their profile; null means "follow the browser" (Accept-Language).
alter table app_user add column locale varchar(10);
alter table app_user add constraint app_user_locale_known check (locale in ('ar', 'en'));
