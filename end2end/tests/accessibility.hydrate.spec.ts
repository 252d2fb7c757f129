import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForHydration } from './support/checks';

// axe-core runs inside the page, so these run with JavaScript on, on the hydrated page (which is
// the server-rendered markup plus event handlers).
test.describe('accessibility', () => {
  for (const path of ['/', '/meetings', '/meetings?q=flanders', '/meetings/1', '/no-such-page', '/login']) {
    test(`axe finds no violations on ${path}`, async ({ page }, testInfo) => {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole('main')).toBeVisible();
      await expectNoAxeViolations(page, testInfo);
    });
  }
});
