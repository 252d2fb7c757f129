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
