import { expect, test } from '@playwright/test';
import { watchConsole, waitForHydration } from './support/checks';

test('with JavaScript, filtering updates the list in place and shows that it is working', async ({ page }) => {
  const consoleIsClean = watchConsole(page);
  await page.goto('/initiatives');
  await waitForHydration(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  // Hold the answer back a little so the pending state can be seen.
  await page.route(/\/initiatives\?/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.getByLabel('Health').selectOption('overdue');
  const button = page.getByRole('button', { name: /Apply filters|Filtering/ });
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveText('Filtering…');
  await expect(page).toHaveURL(/health=overdue/);
  await expect(page.getByRole('status').first()).toContainText('initiative');
  const badges = await page.locator('.initiative-table .badge--health-overdue').count();
  const rows = await page.locator('.initiative-table tbody tr').count();
  expect(rows).toBeGreaterThan(0);
  expect(badges).toBe(rows);
  // The filter keeps focus and its value; the page never reloaded.
  await expect(page.getByLabel('Health')).toHaveValue('overdue');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  // Back goes to the unfiltered list, still in place.
  await page.goBack();
  await expect(page).toHaveURL(/\/initiatives$/);
  await expect(page.getByLabel('Health')).toHaveValue('');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  consoleIsClean();
});
