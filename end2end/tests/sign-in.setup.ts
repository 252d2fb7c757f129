import { expect, test as setup } from '@playwright/test';
import { OFFICER, signIn } from './support/accounts';

setup('sign in as a demo desk officer', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, OFFICER);
  await expect(page.getByRole('banner').getByText('Aida Nurlanova')).toBeVisible();
  await page.context().storageState({ path: 'test-results/.auth/officer.json' });
});
