import { expect, test } from '@playwright/test';

const flandersMeeting = 'Ambassador Vassilenko meets Minister-President Diependaele of Flanders';

test.describe('meetings list', () => {
  test('renders the demo meetings from the database, newest first', async ({ page }) => {
    await page.goto('/meetings');
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Meetings' });
    await expect(table.getByRole('link', { name: flandersMeeting })).toBeVisible();
    // Newest first: the dates never increase down the table (other tests may add meetings).
    const dates = await table.locator('tbody time').evaluateAll((cells) =>
      cells.map((cell) => cell.getAttribute('datetime') ?? ''),
    );
    expect(dates.length).toBeGreaterThanOrEqual(6);
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(page.getByRole('status')).toHaveText(`${dates.length} meetings`);
  });

  test('searches by partner with the form', async ({ page }) => {
    await page.goto('/meetings');
    await page.getByLabel('Search meetings').fill('flanders');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/meetings\?q=flanders$/);
    await expect(page.getByRole('status')).toHaveText('1 meeting matching “flanders”');
    const table = page.getByRole('table', { name: 'Meetings' });
    await expect(table.getByRole('link', { name: flandersMeeting })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(page.getByLabel('Search meetings')).toHaveValue('flanders');
  });

  test('a search with no match says so', async ({ page }) => {
    await page.goto('/meetings?q=atlantis');
    await expect(page.getByText('No meetings match this search.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('opens a meeting with its participants', async ({ page }) => {
    await page.goto('/meetings');
    await page.getByRole('link', { name: flandersMeeting }).click();
    await expect(page.getByRole('heading', { level: 1, name: flandersMeeting })).toBeVisible();
    await expect(page).toHaveTitle(`${flandersMeeting} · Accord`);
    await expect(page.getByText('Roman Vassilenko')).toBeVisible();
    await expect(page.getByText('Matthias Diependaele')).toBeVisible();
  });

  test('an unknown meeting answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/meetings/999999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('alert')).toContainText('Meeting was not found.');
    await expect(page.getByRole('link', { name: 'Back to all meetings' })).toBeVisible();
  });
});

test('the home page names the Flanders meeting', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My initiatives');
  await expect(page.getByRole('table', { name: 'Recent meetings' }).getByRole('link', { name: flandersMeeting })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' })).toBeVisible();
});
