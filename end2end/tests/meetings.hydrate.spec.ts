import { expect, test } from '@playwright/test';
import { waitForHydration, watchConsole } from './support/checks';

test('the meetings page hydrates without console errors or warnings', async ({ page }) => {
  const noConsoleProblems = watchConsole(page);
  await page.goto('/meetings');
  await waitForHydration(page);
  noConsoleProblems();
});

test('once hydrated, searching updates the list in place without a page load', async ({ page }) => {
  const noConsoleProblems = watchConsole(page);
  await page.goto('/meetings');
  await waitForHydration(page);
  // A full page load would wipe this marker.
  await page.evaluate(() => ((window as unknown as { accordMarker: string }).accordMarker = 'still here'));
  let documentRequests = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentRequests += 1;
  });

  // Other specs may have added meetings: the full list's count is whatever it is now.
  const everything = (await page.getByRole('status').textContent()) ?? '';
  expect(everything).toMatch(/^\d+ meetings$/);
  await page.getByLabel('Search meetings').fill('mongolia');
  await page.getByRole('button', { name: 'Search' }).click();

  await expect(page).toHaveURL(/\/meetings\?q=mongolia$/);
  await expect(page.getByRole('status')).toHaveText('1 meeting matching “mongolia”');
  await expect(page.getByRole('table', { name: 'Meetings' }).getByRole('row')).toHaveCount(2);
  expect(await page.evaluate(() => (window as unknown as { accordMarker?: string }).accordMarker)).toBe('still here');
  expect(documentRequests).toBe(0);

  // Back restores the full list, still without a page load.
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText(everything);
  await expect(page.getByLabel('Search meetings')).toHaveValue('');
  expect(documentRequests).toBe(0);
  noConsoleProblems();
});

test('client-side navigation from the list to a meeting and back', async ({ page }) => {
  const noConsoleProblems = watchConsole(page);
  await page.goto('/');
  await waitForHydration(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  noConsoleProblems();
});
