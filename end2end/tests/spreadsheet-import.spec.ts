import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { expectNoAxeViolations } from './support/checks';
import { parseCsv } from './support/csv';
import { unique } from './support/initiatives';

const HEADER = 'Ref;Title;Partner;Owner e-mail;Deadline;Status;Description';

/** 25 commitments, semicolon-separated as Excel writes CSV in these offices, with a BOM. */
function sheet(tag: string, broken: boolean): string {
  const rows = Array.from({ length: 25 }, (_, k) => {
    const n = k + 1;
    let deadline = `${String((k % 28) + 1).padStart(2, '0')}.06.2031`;
    let owner = 'aida@demo.accord.test';
    let status = k % 2 === 0 ? 'active' : 'В работе';
    if (broken && n === 4) deadline = 'next spring';
    if (broken && n === 11) owner = 'nobody@nowhere.test';
    if (broken && n === 19) status = 'maybe';
    return `${tag}-${n};Commitment ${n} ${tag};Flanders;${owner};${deadline};${status};"Agreed; with a semicolon"`;
  });
  return `\ufeff${HEADER}\n${rows.join('\n')}\n`;
}

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.goto('/initiatives');
  await page.getByRole('link', { name: 'Import a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a spreadsheet' })).toBeVisible();
  await page.getByLabel('Spreadsheet (CSV)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page).toHaveURL(/\/initiatives\/import\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review the spreadsheet' })).toBeVisible();
}

test('an officer imports 25 commitments from a spreadsheet: bad rows named, fixed, imported once', async ({ page }, testInfo) => {
  const tag = unique('SHEET').replace(' ', '-');

  // The dry run names each bad row and column, and nothing can be imported yet.
  await upload(page, 'commitments.csv', sheet(tag, true));
  await expect(page.locator('.lede')).toContainText('25 rows. 22 will be created.');
  await expect(page.locator('.lede')).toContainText('3 have problems');
  await expect(page.locator('#row-5')).toContainText('Deadline: next spring is not a date');
  await expect(page.locator('#row-12')).toContainText('Owner e-mail: No active user has the e-mail nobody@nowhere.test');
  await expect(page.locator('#row-20')).toContainText('Status: maybe is not a status');
  await expect(page.locator('.sheet-row--problem')).toHaveCount(3);
  await expect(page.getByText('Nothing can be imported while a kept row has a problem.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d+ initiatives?$/ })).toHaveCount(0);
  // axe runs in the page, so only where JavaScript runs.
  if (testInfo.project.use.javaScriptEnabled !== false) await expectNoAxeViolations(page, testInfo);

  // Nothing was written by the dry run.
  await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
  await expect(page.locator('.result-count')).toContainText(/^No initiatives|^0 initiatives/);

  // The corrected file imports exactly 25.
  const fixed = sheet(tag, false);
  await upload(page, 'commitments.csv', fixed);
  await expect(page.locator('.lede')).toContainText('25 rows. 25 will be created.');
  await page.getByRole('button', { name: 'Import 25 initiatives' }).click();
  await expect(page.getByText('has been imported: 25 initiatives created')).toBeVisible();

  await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
  await expect(page.locator('.result-count')).toContainText(/^25 initiatives/);
  await page.getByRole('link', { name: `Commitment 7 ${tag}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Commitment 7 ${tag}` })).toBeVisible();
  await expect(page.getByText('Imported from the spreadsheet “commitments.csv”, row 8.')).toBeVisible();

  // The same file again creates nothing.
  await upload(page, 'commitments.csv', fixed);
  await expect(page.locator('.lede')).toContainText('25 rows. 0 will be created. 25 were imported before');
  await expect(page.getByText('There is nothing new to import.')).toBeVisible();
  await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
  await expect(page.locator('.result-count')).toContainText(/^25 initiatives/);

  // The list's CSV export holds the same 25 rows, in a spreadsheet's eyes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download CSV/ }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const [, ...rows] = parseCsv(text.slice(1));
  expect(rows).toHaveLength(25);
});

test('a file that cannot be read is refused with a message, and formulas never get in', async ({ page }) => {
  // Windows-1251 text: the message says how to save the file instead.
  await page.goto('/initiatives/import');
  await page.getByLabel('Spreadsheet (CSV)').setInputFiles({
    name: 'cp1251.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from('Title;Partner\n'), Buffer.from([0xd4, 0xee, 0xf0, 0xf3, 0xec]), Buffer.from(';Flanders\n')]),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toContainText('Row 2 is not UTF-8 text');
  await expect(page.getByRole('alert')).toContainText('CSV UTF-8');

  // A cell a spreadsheet would run is a problem of its row and column.
  const tag = unique('FORMULA').replace(' ', '-');
  await upload(page, 'formula.csv', `Ref,Title,Partner\n${tag},=HYPERLINK("http://x.test"),Flanders\n`);
  await expect(page.locator('#row-2')).toContainText('Title: “=HYPERLINK("http://x.test")” begins with “=”');
  await expect(page.getByText('Nothing can be imported while a kept row has a problem.')).toBeVisible();
});

test('an admin adds an unknown partner in the review and imports its rows', async ({ browser }) => {
  const context = await browser.newContext({ storageState: signedOut });
  const page = await context.newPage();
  await page.goto('/login');
  await signIn(page, 'admin@demo.accord.test');
  await expect(page.getByRole('link', { name: 'Partners' })).toBeVisible();
  const tag = unique('NEWP').replace(' ', '-');
  const province = `Limburg ${tag}`;
  await upload(page, 'limburg.csv', `Ref,Title,Partner\n${tag}-1,Port visit ${tag},${province}\n${tag}-2,Trade fair ${tag},${province}\n`);
  await expect(page.locator('.lede')).toContainText('2 rows. 0 will be created.');
  await page.getByLabel(province).selectOption({ label: 'A region of Belgium' });
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.locator('.lede')).toContainText('2 rows. 2 will be created.');
  await page.getByRole('button', { name: 'Import 2 initiatives' }).click();
  await expect(page.getByText('has been imported: 2 initiatives created')).toBeVisible();
  await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
  await expect(page.locator('.result-count')).toContainText(/^2 initiatives/);
  await page.goto('/admin/partners');
  await expect(page.getByRole('row', { name: new RegExp(`${province}.*Region.*Europe`) })).toBeVisible();
  await context.close();
});
