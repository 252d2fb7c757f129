import { expect, test } from '@playwright/test';
import { watchConsole, waitForHydration } from './support/checks';
import { chooseOption, createInitiative, isoDate, unique, updateStatus } from './support/initiatives';

test('an officer records a meeting, adds two initiatives and completes one', async ({ page }) => {
  const consoleIsClean = watchConsole(page);
  const meetingTitle = unique('Working session on the Middle Corridor');
  await page.goto('/meetings/new');
  await waitForHydration(page);
  await page.locator('#title').fill(meetingTitle);
  await page.getByLabel('Date').fill(isoDate(0));
  await chooseOption(page, 'partner_id', 'Port of Antwerp-Bruges');
  await page.getByLabel('Location').fill('Brussels');
  await page.locator('#participants-0-name').fill('Roman Vassilenko');
  await page.locator('#participants-0-side').selectOption('ours');
  // With JavaScript, more participant rows can be added without losing what was typed.
  await page.getByRole('button', { name: 'Add a participant' }).click();
  await page.locator('#participants-4-name').fill('Flemish trade envoy');
  await expect(page.locator('#participants-0-name')).toHaveValue('Roman Vassilenko');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible();
  await expect(page.getByText('Flemish trade envoy')).toBeVisible();
  const meetingUrl = page.url();

  const later = unique('Port of Antwerp-Bruges logistics study');
  const sooner = unique('Middle Corridor freight round table');
  await page.getByRole('link', { name: 'Add initiative from this meeting' }).click();
  await expect(page).toHaveURL(/\/initiatives\/new\?meeting=\d+/);
  await expect(page.locator('#partner_id option:checked')).toContainText('Port of Antwerp-Bruges');
  const laterId = await createInitiative(page, { title: later, deadline: isoDate(45), status: 'proposed' });

  await page.goto(meetingUrl);
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Add initiative from this meeting' }).click();
  await createInitiative(page, { title: sooner, deadline: isoDate(5), status: 'active' });

  // Both came out of the meeting.
  await page.goto(meetingUrl);
  const fromMeeting = page.getByRole('table', { name: 'Initiatives from this meeting' });
  await expect(fromMeeting.getByRole('link', { name: later })).toBeVisible();
  await expect(fromMeeting.getByRole('link', { name: sooner })).toBeVisible();

  // Move the later one to active, then to completed with evidence, without a page load.
  await page.goto(`/initiatives/${laterId}`);
  await waitForHydration(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await updateStatus(page, 'active', 'Kick-off call held with the port authority.');
  const history = page.locator('.timeline');
  await expect(history.getByText('Status changed from Proposed to Active')).toBeVisible();
  await expect(page.locator('.status-line')).toContainText('Active');

  // Completing without any evidence is refused next to the field, with focus on it.
  await updateStatus(page, 'completed');
  await expect(page.locator('#evidence_url-error')).toBeVisible();
  await expect(page.getByLabel('Evidence link')).toBeFocused();
  await expect(page.getByLabel('New status')).toHaveValue('completed');
  await page.getByLabel('Note').fill('Study delivered to both sides.');
  await page.getByLabel('Evidence link').fill('https://www.portofantwerpbruges.com/en/news/study');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(history.getByText('Status changed from Active to Completed')).toBeVisible();
  await expect(history.getByRole('link', { name: 'https://www.portofantwerpbruges.com/en/news/study' })).toBeVisible();
  // Newest first: completed above active above created.
  const headlines = await history.locator('.timeline__headline strong').allTextContents();
  expect(headlines.slice(0, 3)).toEqual([
    'Status changed from Active to Completed',
    'Status changed from Proposed to Active',
    'Created as Proposed',
  ]);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);

  // My initiatives: the one due soon comes before the completed one.
  await page.getByRole('link', { name: 'My initiatives' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My initiatives' })).toBeVisible();
  const titles = await page.getByRole('table', { name: /My initiatives/ }).locator('tbody tr td:first-child').allTextContents();
  const soonerAt = titles.indexOf(sooner);
  const laterAt = titles.indexOf(later);
  expect(soonerAt).toBeGreaterThanOrEqual(0);
  expect(laterAt).toBeGreaterThan(soonerAt);
  consoleIsClean();
});
