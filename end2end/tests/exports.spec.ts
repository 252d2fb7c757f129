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
