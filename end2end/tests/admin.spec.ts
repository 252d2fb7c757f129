import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { unique } from './support/initiatives';

test.use({ storageState: signedOut });

test('an admin adds a user who sets their own password with a one-time link', async ({ page, browser }) => {
  await page.goto('/login');
  await signIn(page, 'admin@demo.accord.test');
  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  // A bad email is refused next to the field, the name kept.
  const name = unique('Dana Tulegenova');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.locator('#email-error')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(name);

  const email = `${name.split(' ').pop()}@mfa.test`.toLowerCase();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Add user' }).click();
  const issued = page.getByRole('status').filter({ hasText: 'Set-password link issued' });
  await expect(issued).toContainText(email);
  const link = (await issued.locator('code').textContent())!.trim();
  expect(link).toMatch(/\/set-password\/[0-9a-f]{64}$/);
  // The admin never sees a password.
  await expect(page.locator('body')).not.toContainText('password for');

  // The new user opens the link in their own browser, signed out.
  const theirs = await browser.newContext({ storageState: signedOut });
  const them = await theirs.newPage();
  await them.goto(link);
  await expect(them.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(them.getByText(email)).toBeVisible();
  await them.getByLabel('New password', { exact: true }).fill('too short');
  await them.getByLabel('The same password again').fill('too short');
  await them.getByRole('button', { name: 'Set my password' }).click();
  await expect(them.locator('#password-error')).toContainText('Use at least 12 characters.');
  await expect(them.getByLabel('New password', { exact: true })).toHaveValue('');
  const chosen = 'steppe wind over the Ishim';
  await them.getByLabel('New password', { exact: true }).fill(chosen);
  await them.getByLabel('The same password again').fill(chosen);
  await them.getByRole('button', { name: 'Set my password' }).click();
  await expect(them).toHaveURL(/\/account\?password_set=1$/);
  await expect(them.getByRole('status')).toContainText('Your password is set');
  await expect(them.getByRole('banner').getByText(name)).toBeVisible();
  // The link works once.
  const again = await them.goto(link);
  expect(again?.status()).toBe(404);
  await expect(them.getByRole('alert')).toContainText('expired or was already used');
  await theirs.close();

  await page.goto('/admin/users');
  const row = page.getByRole('row').filter({ hasText: email });
  await row.getByLabel(`Role of ${name}`).selectOption('manager');
  await row.getByLabel(`Access of ${name}`).selectOption('false');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('(deactivated)');
  await expect(page.getByRole('row').filter({ hasText: email }).getByLabel(`Role of ${name}`)).toHaveValue('manager');

  await page
    .getByRole('row')
    .filter({ hasText: email })
    .getByRole('button', { name: `Reset the password of ${name} and issue a set-password link` })
    .click();
  const reset = page.getByRole('status').filter({ hasText: 'Set-password link issued' });
  await expect(reset).toContainText(email);
  await expect(reset.locator('code')).not.toHaveText(link);
});

test('a signed-in user changes their own password; the old one stops working', async ({ page, browser }) => {
  // A user of their own, so no other test's sign-in is disturbed.
  await page.goto('/login');
  await signIn(page, 'admin@demo.accord.test');
  await page.getByRole('link', { name: 'Users' }).click();
  const name = unique('Marat Ospanov');
  const email = `${name.split(' ').pop()}@mfa.test`.toLowerCase();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add user' }).click();
  const link = (await page.getByRole('status').locator('code').textContent())!.trim();

  const context = await browser.newContext({ storageState: signedOut });
  const user = await context.newPage();
  const first = 'first password of Marat';
  await user.goto(link);
  await user.getByLabel('New password', { exact: true }).fill(first);
  await user.getByLabel('The same password again').fill(first);
  await user.getByRole('button', { name: 'Set my password' }).click();
  await expect(user).toHaveURL(/\/account/);

  await user.getByRole('link', { name }).click();
  await expect(user.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  const second = 'second password of Marat';
  await user.getByLabel('Current password').fill('not my password at all');
  await user.getByLabel('New password', { exact: true }).fill(second);
  await user.getByLabel('The same new password again').fill(second);
  await user.getByRole('button', { name: 'Change password' }).click();
  await expect(user.locator('#current-error')).toContainText('This is not your current password.');
  await user.getByLabel('Current password').fill(first);
  await user.getByLabel('New password', { exact: true }).fill(second);
  await user.getByLabel('The same new password again').fill(second);
  await user.getByRole('button', { name: 'Change password' }).click();
  await expect(user.getByRole('status')).toContainText('Your password is set');
  await user.getByRole('button', { name: 'Sign out' }).click();

  await signIn(user, email, first);
  await expect(user.getByRole('alert')).toHaveText('The email or password is incorrect.');
  await expect(user.getByLabel('Email')).toHaveValue(email);
  expect(user.url()).not.toContain('mfa.test');
  await signIn(user, email, second);
  await expect(user.getByRole('banner').getByText(name)).toBeVisible();
  await context.close();
});
