import { expect, test } from '@playwright/test';

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/meetings');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
