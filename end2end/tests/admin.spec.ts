import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { unique } from './support/initiatives';

test.use({ storageState: signedOut });

test('an admin adds a user, changes the role, deactivates and resets the password', async ({ page }) => {
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
  const issued = page.getByRole('status').filter({ hasText: 'Password issued' });
  await expect(issued).toContainText(email);
  const password = (await issued.locator('code').textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);

  const row = page.getByRole('row').filter({ hasText: email });
  await row.getByLabel(`Role of ${name}`).selectOption('manager');
  await row.getByLabel(`Access of ${name}`).selectOption('false');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('(deactivated)');
  await expect(page.getByRole('row').filter({ hasText: email }).getByLabel(`Role of ${name}`)).toHaveValue('manager');

  await page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: `Reset the password of ${name}` }).click();
  const reset = page.getByRole('status').filter({ hasText: 'Password issued' });
  await expect(reset).toContainText(email);
  await expect(reset.locator('code')).not.toHaveText(password);
});
