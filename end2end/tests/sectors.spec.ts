import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { unique } from './support/initiatives';

test('an admin keeps the sectors: adds one with its synonyms, corrects it, retires it, and forms follow', async ({ page, browser }) => {
  const context = await browser.newContext({ storageState: signedOut });
  const admin = await context.newPage();
  await admin.goto('/login');
  await signIn(admin, 'admin@demo.accord.test');
  await admin.getByRole('link', { name: 'Sectors' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();

  // A blank name is refused next to its field; a Kazakh name without a key too.
  await admin.getByRole('button', { name: 'Add sector' }).click();
  await expect(admin.locator('#sector-name-error')).toBeVisible();
  await admin.getByLabel('Name', { exact: true }).fill('Ғарыш');
  await admin.getByLabel('Synonyms').fill('ғарыш, космос');
  await admin.getByRole('button', { name: 'Add sector' }).click();
  await expect(admin.locator('#sector-slug-error')).toBeVisible();
  await expect(admin.getByLabel('Synonyms')).toHaveValue('ғарыш, космос');

  const name = unique('Space industry');
  await admin.getByLabel('Name', { exact: true }).fill(name);
  await admin.getByLabel('Synonyms').fill('space, satellite, <b>orbit</b>');
  await admin.getByRole('button', { name: 'Add sector' }).click();
  const row = admin.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('space, satellite, <b>orbit</b>');

  // The officer's form offers it.
  await page.goto('/initiatives/new');
  await expect(page.getByRole('checkbox', { name })).toHaveCount(1);

  // Two admins edit it at once: the second save is refused with both versions shown.
  await admin.getByRole('link', { name: `Edit ${name}` }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(name);
  const stale = await context.newPage();
  await stale.goto(admin.url());
  await admin.getByLabel('Synonyms').fill('space, satellite, космос, ғарыш');
  await admin.getByRole('button', { name: 'Save sector' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
  await expect(admin.getByRole('row', { name: new RegExp(name) })).toContainText('космос, ғарыш');
  await stale.getByLabel('Name', { exact: true }).fill(`${name} (renamed)`);
  await stale.getByRole('button', { name: 'Save sector' }).click();
  await expect(stale.getByRole('heading', { name: 'Someone else saved this sector first' })).toBeVisible();
  await expect(stale.getByLabel('Name', { exact: true })).toHaveValue(`${name} (renamed)`);
  await stale.getByRole('button', { name: 'Save my version over the current one' }).click();
  await expect(stale.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
  await expect(stale.getByRole('row', { name: new RegExp(`${name} \\(renamed\\)`) })).toBeVisible();

  // Retired: gone from the officer's form, kept in the list.
  await admin.goto('/admin/sectors');
  await admin.getByRole('link', { name: `Edit ${name} (renamed)` }).click();
  await admin.getByRole('button', { name: 'Retire sector' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(`${name} \\(renamed\\).*retired`) })).toBeVisible();
  await page.goto('/initiatives/new');
  await expect(page.getByRole('checkbox', { name: `${name} (renamed)` })).toHaveCount(0);
  await context.close();
});
