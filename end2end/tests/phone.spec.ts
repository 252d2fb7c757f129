import { expect, test, type Page } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { createInitiative, isoDate, unique } from './support/initiatives';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The page is no wider than the screen: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(widths.document, `${path} is ${widths.document}px wide`).toBeLessThanOrEqual(widths.screen);
}

test('on a phone no page scrolls sideways and the status form can be used', async ({ page }) => {
  for (const path of ['/', '/dashboard', '/dashboard/changes', '/initiatives', '/initiatives/import', '/meetings', '/initiatives/1', '/partners/2']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }
  // An officer updates a status from the phone: the form is on screen and answers.
  await page.goto('/initiatives/new');
  const title = unique('Phone update');
  await createInitiative(page, { title, status: 'active', partner: 'Bavaria', deadline: isoDate(40) });
  await expectNoSidewaysScroll(page, 'a new initiative');
  const status = page.getByLabel('New status');
  await status.scrollIntoViewIfNeeded();
  await expect(status).toBeInViewport();
  await status.selectOption('blocked');
  await page.getByLabel('Note').fill('Waiting for the port authority, from my phone');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByText('Waiting for the port authority, from my phone').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the initiative after an update');
});

test('on a phone an admin reaches every page from the header without sideways scroll', async ({ browser }) => {
  const context = await browser.newContext({ storageState: signedOut, viewport: { width: 390, height: 844 }, isMobile: true });
  const admin = await context.newPage();
  await admin.goto('/login');
  await signIn(admin, 'admin@demo.accord.test');
  await expect(admin.getByRole('link', { name: 'Audit' })).toBeAttached();
  for (const path of ['/', '/dashboard', '/admin/partners', '/admin/sectors', '/admin/users', '/admin/audit']) {
    await admin.goto(path);
    await expectNoSidewaysScroll(admin, path);
  }
  await context.close();
});
