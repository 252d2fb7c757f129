import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from './support/csv';

test('a filtered list downloads as a CSV with the rows the page counts', async ({ page }) => {
  await page.goto('/initiatives?status=active&sort=title');
  const counted = await page.locator('.result-count').innerText();
  const total = Number(counted.match(/^(\d+) initiatives?/)?.[1]);
  expect(total).toBeGreaterThan(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^initiatives-\d{4}-\d\d-\d\d\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header.slice(0, 5)).toEqual(['Id', 'Title', 'Partner', 'Owner', 'Status']);
  expect(rows).toHaveLength(total);
  for (const row of rows) {
    expect(row[4]).toBe('Active');
  }
  const titles = rows.map((row) => row[1]);
  expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('the dashboard table and the changed-since brief download with the rows their pages show', async ({ page }) => {
  await page.goto('/dashboard?level=top');
  const link = page.getByRole('link', { name: /^Download CSV \(\d+ rows\)$/ });
  const counted = Number((await link.innerText()).match(/\((\d+) rows\)/)?.[1]);
  await expect(page.locator('table.dashboard-table tbody tr')).toHaveCount(counted);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^dashboard-\d{4}-\d\d-\d\d\.csv$/);
  const [header, ...rows] = parseCsv((await readFile(await download.path(), 'utf8')).slice(1));
  expect(header.slice(0, 2)).toEqual(['Partner or region', 'Initiatives']);
  expect(rows).toHaveLength(counted);
  const shown = await page.locator('table.dashboard-table tbody tr th').allInnerTexts();
  expect(rows.map((row) => row[0])).toEqual(shown.map((name) => name.trim()));

  await page.goto('/dashboard/changes');
  const brief = page.getByRole('link', { name: /^Download CSV \(\d+ items\)$/ });
  const items = Number((await brief.innerText()).match(/\((\d+) items\)/)?.[1]);
  expect(items).toBeGreaterThan(0);
  const [briefDownload] = await Promise.all([page.waitForEvent('download'), brief.click()]);
  const [briefHeader, ...briefRows] = parseCsv((await readFile(await briefDownload.path(), 'utf8')).slice(1));
  expect(briefHeader.slice(0, 2)).toEqual(['Partner', 'What happened']);
  expect(briefRows).toHaveLength(items);
});

test('every list also downloads as an Excel workbook', async ({ page }) => {
  for (const [path, name] of [
    ['/initiatives?status=active', /^initiatives-\d{4}-\d\d-\d\d\.xlsx$/],
    ['/dashboard?level=top', /^dashboard-\d{4}-\d\d-\d\d\.xlsx$/],
    ['/dashboard/changes', /^changes-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.xlsx$/],
  ] as const) {
    await page.goto(path);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(name);
    // An .xlsx file is a zip archive; its rows are checked cell by cell against the CSV in
    // the Rust HTTP tests (server/http/tests/workbooks.rs), which read it with calamine.
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
  }
});
