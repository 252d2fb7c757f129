import { expect, test } from '@playwright/test';
import { VIEWER, signIn, signedOut } from './support/accounts';

test('an officer can edit their own initiatives and only read the others', async ({ page }) => {
  await page.goto('/initiatives?q=Mongolia');
  // Aida owns the Mongolia commission; Yerlan owns the raw materials road map.
  await page.getByRole('link', { name: 'Next session of the intergovernmental commission with Mongolia' }).click();
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Update status' })).toBeVisible();

  await page.goto('/initiatives?q=road+map');
  await page.getByRole('link', { name: 'Raw materials road map for 2027 and 2028' }).click();
  await expect(page.getByText('Read only: owned by someone else')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Update status' })).toHaveCount(0);
  // The edit page itself refuses too.
  await page.goto(page.url() + '/edit');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test.describe('a viewer', () => {
  test.use({ storageState: signedOut });

  test('cannot reach the admin pages and does not see restricted initiatives', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, VIEWER);
    await expect(page.getByRole('link', { name: 'My initiatives' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);

    await page.goto('/initiatives?q=air+link');
    await expect(page.getByText('No initiatives match these filters.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'New initiative' })).toHaveCount(0);
  });
});
