import { expect, test } from '@playwright/test';
import { createInitiative, isoDate, unique, updateStatus } from './support/initiatives';

test('without JavaScript the status form posts, redirects and shows the history', async ({ page }) => {
  await page.goto('/initiatives/new');
  const title = unique('Agro-food trade mission');
  await createInitiative(page, { title, partner: 'Flanders', deadline: isoDate(20), status: 'active' });

  // A bad evidence link comes back next to its field with the note kept.
  await updateStatus(page, 'completed', 'Mission took place in Ghent.', 'ftp://example.org/report');
  await expect(page).toHaveURL(/rejected=/);
  await expect(page.locator('#evidence_url-error')).toContainText('http');
  await expect(page.getByLabel('Note')).toHaveValue('Mission took place in Ghent.');
  await expect(page.getByLabel('Evidence link')).toHaveValue('ftp://example.org/report');

  await updateStatus(page, 'completed', 'Mission took place in Ghent.', 'https://example.org/report');
  await expect(page).toHaveURL(/\/initiatives\/\d+$/);
  await expect(page.locator('.timeline').getByText('Status changed from Active to Completed')).toBeVisible();
  await expect(page.locator('.status-line')).toContainText('Completed');
});
