import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/checks';
import { unique } from './support/initiatives';

// The review of a spreadsheet in the reader's language (Accept-Language, the officer has no
// saved choice): each bad row's problem is a Russian sentence, what the file wrote is shown as
// written. The words are the catalogue's (src/i18n/ru/main.ftl, sheet-row-*).
test.use({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });

test('a spreadsheet\'s bad rows are explained in Russian, with the typed values as typed', async ({ page }, testInfo) => {
  const tag = unique('RU-SHEET').replace(' ', '-');
  const csv = [
    'Title;Partner;Owner e-mail;Deadline;Status;Confidentiality',
    `${tag} 1;Flanders;;next spring;;`,
    `${tag} 2;Flanders;nobody@nowhere.test;;;`,
    `${tag} 3;Flanders;;;maybe;<b>secret</b>`,
  ].join('\n');
  await page.goto('/initiatives/import');
  await page.getByLabel('Таблица (CSV)').setInputFiles({
    name: `${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${csv}\n`, 'utf8'),
  });
  await page.locator('form[action="/uploads/initiatives"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/initiatives\/import\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Проверка таблицы' })).toBeVisible();

  const problems = page.locator('.sheet-problems');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText('«next spring» — не дата: укажите 2027-03-31 или 31.03.2027.');
  await expect(problems.nth(1)).toContainText('Нет активного пользователя с адресом эл. почты nobody@nowhere.test.');
  await expect(problems.nth(2)).toContainText('«maybe» — не статус: укажите «предложена», «в работе»');
  // Typed markup is text, never HTML.
  await expect(problems.nth(2)).toContainText('«<b>secret</b>» — не уровень конфиденциальности');
  await expect(page.getByText('is not a date')).toHaveCount(0);
  if (testInfo.project.use.javaScriptEnabled !== false) await expectNoAxeViolations(page, testInfo);
});
