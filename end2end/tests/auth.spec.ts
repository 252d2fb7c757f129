import { expect, test } from '@playwright/test';
import { OFFICER, expectSignInPage, signIn, signedOut } from './support/accounts';

test.use({ storageState: signedOut });

test('a signed-out visitor is sent to sign in, then back to the page they wanted', async ({ page }) => {
  await page.goto('/meetings?q=flanders');
  await expectSignInPage(page);
  await signIn(page, OFFICER);
  await expect(page).toHaveURL(/\/meetings\?q=flanders$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Aida Nurlanova')).toBeVisible();
});

test('a wrong password says so next to the form and keeps the email', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, OFFICER, 'not the right password');
  await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
  await expect(page.getByLabel('Email')).toHaveValue(OFFICER);
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('signing out ends the session on the server: the old cookie no longer works', async ({ page, browser }) => {
  await page.goto('/login');
  await signIn(page, 'yerlan@demo.accord.test');
  await expect(page.getByRole('banner').getByText('Yerlan Ospanov')).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'accord_session')?.httpOnly).toBe(true);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');

  // Replaying the old cookie in a fresh browser gets the sign-in page, not the app.
  const replay = await browser.newContext({ storageState: signedOut });
  await replay.addCookies(cookies);
  const stolen = await replay.newPage();
  await stolen.goto('/meetings');
  await expectSignInPage(stolen);
  await replay.close();
});
