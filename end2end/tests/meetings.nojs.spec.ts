import { expect, test } from '@playwright/test';

test('without JavaScript the page is complete server-rendered HTML', async ({ page }) => {
  const response = await page.goto('/meetings');
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).toContain('Minister-President Diependaele of Flanders');
  await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  // The search is a plain GET form that the browser submits itself.
  await expect(page.locator('form[role="search"]')).toHaveAttribute('method', /get/i);
});
