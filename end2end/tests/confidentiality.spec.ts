import { expect, test } from '@playwright/test';
import { VIEWER, signIn, signedOut } from './support/accounts';
import { chooseOption, isoDate, unique } from './support/initiatives';

test('an officer records a restricted meeting that a viewer can neither list nor open', async ({ page, browser }) => {
  const title = unique('Closed consultation on transit tariffs');
  await page.goto('/meetings/new');
  await page.locator('#title').fill(title);
  // Long ago, so it does not push the demo meetings off the home page's recent list.
  await page.getByLabel('Date').fill(isoDate(-2000));
  await chooseOption(page, 'partner_id', 'Port of Antwerp-Bruges');
  await page.getByLabel('Confidentiality').selectOption('restricted');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Restricted', { exact: true })).toBeVisible();
  const meetingUrl = new URL(page.url()).pathname;

  const context = await browser.newContext({ storageState: signedOut });
  const viewer = await context.newPage();
  await viewer.goto('/login');
  await signIn(viewer, VIEWER);
  await expect(viewer.getByRole('link', { name: 'My initiatives' })).toBeVisible();
  await viewer.goto('/meetings?q=transit+tariffs');
  await expect(viewer.getByRole('link', { name: title })).toHaveCount(0);
  const response = await viewer.goto(meetingUrl);
  expect(response?.status()).toBe(404);
  await expect(viewer.getByText(title)).toHaveCount(0);
  await context.close();
});
