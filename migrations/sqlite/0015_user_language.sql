-- The interface language a user chose (en, ru, kk); NULL follows the browser's languages and
-- then the installation's default (ACCORD_DEFAULT_LANGUAGE).
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'ru', 'kk'));
