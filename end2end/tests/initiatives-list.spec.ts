import { expect, test } from '@playwright/test';
import { officerState } from '../playwright.config';

test('a filtered list is in the URL: the same URL in a new context shows the same results', async ({ page, browser }) => {
  await page.goto('/initiatives');
  await page.getByLabel('Status').selectOption('active');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=active/);
  const titles = await page.locator('.initiative-table tbody tr td:first-child').allTextContents();
  expect(titles.length).toBeGreaterThan(0);

  // Sort by title through the column header; the filter stays.
  await page.getByRole('link', { name: 'Initiative', exact: true }).click();
  await expect(page).toHaveURL(/status=active.*sort=title|sort=title.*status=active/);
  const sorted = await page.locator('.initiative-table tbody tr td:first-child').allTextContents();
  const count = await page.getByRole('status').first().textContent();
  expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  const other = await browser.newContext({ storageState: officerState, javaScriptEnabled: false });
  const again = await other.newPage();
  await again.goto(page.url());
  await expect(again.getByRole('status').first()).toHaveText(count!);
  expect(await again.locator('.initiative-table tbody tr td:first-child').allTextContents()).toEqual(sorted);
  await other.close();
});

test('the partner filter includes the partners under it', async ({ page }) => {
  await page.goto('/initiatives');
  const belgium = await page.locator('#filter-partner option', { hasText: 'Belgium' }).first().getAttribute('value');
  await page.goto(`/initiatives?partner=${belgium}`);
  await expect(page.locator('.initiative-table')).toContainText('Flanders');
});

test('a search lists the best matches first, and can go back to them from another order', async ({ page }) => {
  await page.goto('/initiatives');
  await page.getByLabel('Text').fill('flanders');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/q=flanders/);
  await expect(page.getByRole('status').first()).toContainText('sorted by best match');
  const ranked = await page.locator('.initiative-table tbody tr td:first-child').allTextContents();
  const inTitle = ranked.map((title) => /flanders/i.test(title));
  // Titles holding the word come first; the rest matched in a description, note or readout.
  expect(inTitle[0]).toBe(true);
  expect(inTitle).toContain(false);
  expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);

  await page.getByRole('link', { name: 'Deadline', exact: true }).click();
  await expect(page).toHaveURL(/sort=deadline/);
  await expect(page.getByRole('status').first()).toContainText('sorted by deadline');
  await page.getByRole('link', { name: 'Best match first' }).click();
  await expect(page).toHaveURL(/sort=relevance/);
  await expect(page.getByRole('status').first()).toContainText('sorted by best match');
  expect(await page.locator('.initiative-table tbody tr td:first-child').allTextContents()).toEqual(ranked);
});
