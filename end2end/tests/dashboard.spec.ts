import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';

test.use({ storageState: signedOut });

test('a manager sees the partners and every count opens exactly those initiatives', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'manager@demo.accord.test');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The chart is server-rendered SVG with a text alternative.
  await expect(page.getByRole('img', { name: /Initiatives by partner/ })).toBeVisible();

  const belgium = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Belgium' }) });
  const all = Number(await belgium.getByRole('link', { name: /^All \d+ initiatives with Belgium$/ }).textContent());
  expect(all).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Regions' }).click();
  await expect(page).toHaveURL(/level=sub/);
  const flanders = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Flanders' }) });
  const overdueLink = flanders.getByRole('link', { name: /overdue initiatives with Flanders/ });
  const overdue = Number(await overdueLink.textContent());
  expect(overdue).toBeGreaterThan(0);
  await overdueLink.click();
  await expect(page).toHaveURL(/\/initiatives\?partner=\d+&health=overdue/);
  await expect(page.getByRole('status').first()).toContainText(`${overdue} initiative`);
  const rows = page.locator('.initiative-table tbody tr');
  await expect(rows).toHaveCount(overdue);
  await expect(page.locator('.initiative-table .badge--health-overdue')).toHaveCount(overdue);

  // The total of a top-level row equals the list it opens.
  await page.goto('/dashboard');
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Belgium' }) })
    .getByRole('link', { name: /^All \d+ initiatives with Belgium$/ })
    .click();
  await expect(page.getByRole('status').first()).toContainText(`${all} initiative`);
});
