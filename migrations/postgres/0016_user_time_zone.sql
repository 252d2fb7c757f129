-- The IANA time zone a user works in (e.g. Asia/Almaty); NULL follows the installation's
-- (ACCORD_TIME_ZONE). It decides the user's "today" (overdue, due soon) and the times shown.
ALTER TABLE users ADD COLUMN time_zone TEXT;
