import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { expectNoAxeViolations, waitForHydration } from './support/checks';

// axe-core runs inside the page, so these run with JavaScript on, on the hydrated page (which is
// the server-rendered markup plus event handlers).
test.describe('accessibility', () => {
  for (const path of [
    '/',
    '/meetings',
    '/meetings?q=flanders',
    '/meetings/1',
    '/meetings/new',
    '/meetings/1/edit',
    '/meetings/import',
    '/initiatives',
    '/initiatives?status=active&sort=title',
    '/initiatives/1',
    '/initiatives/new?meeting=1',
    '/initiatives/1/edit',
    '/initiatives/import',
    '/partners/2',
    '/dashboard',
    '/dashboard?level=sub',
    '/dashboard?level=world&region=europe',
    '/dashboard/changes?since=2026-01-01',
    '/no-such-page',
    '/login',
    '/account',
  ]) {
    test(`axe finds no violations on ${path}`, async ({ page }, testInfo) => {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole('main')).toBeVisible();
      await expectNoAxeViolations(page, testInfo);
    });
  }
});

test('axe finds no violations on a form showing its errors', async ({ page }, testInfo) => {
  await page.goto('/initiatives/new');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Create initiative' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
});

test('axe finds no violations on the review of a pasted readout', async ({ page }, testInfo) => {
  await page.goto('/meetings/import');
  await waitForHydration(page);
  await page
    .getByLabel('Readout text')
    .fill(readFileSync(path.join(__dirname, '..', 'fixtures', '00-kz-flanders-seed.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Find the commitments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review the proposals' })).toBeVisible();
  await expect(page.locator('mark.proposal-mark').first()).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
});

test.describe('accessibility of the admin pages', () => {
  test.use({ storageState: signedOut });
  test('axe finds no violations on the audit trail and the partners page, each showing an error', async ({ page }, testInfo) => {
    await page.goto('/login');
    await signIn(page, 'admin@demo.accord.test');
    await expect(page.getByRole('link', { name: 'Audit' })).toBeVisible();
    await page.goto('/admin/audit?kind=initiative&record=abc');
    await waitForHydration(page);
    await expect(page.locator('#audit-record-error')).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
    await page.goto('/admin/partners');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Add partner' }).click();
    await expect(page.locator('#partner-name-error')).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
    await page.goto('/admin/sectors');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Add sector' }).click();
    await expect(page.locator('#sector-name-error')).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
    await page.goto('/admin/sectors/1');
    await waitForHydration(page);
    await expectNoAxeViolations(page, testInfo);
  });
});
