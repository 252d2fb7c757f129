import { expect, test } from '@playwright/test';
import { createInitiative, isoDate, unique, updateStatus } from './support/initiatives';

test('invalid input shows each message next to its field and keeps the other values', async ({ page }) => {
  await page.goto('/initiatives/new');
  await page.getByLabel('Description').fill('Keep this description.');
  await page.getByLabel('Deadline').fill('2020-01-15');
  await page.getByRole('button', { name: 'Create initiative' }).click();

  await expect(page.locator('#title-error')).toContainText('Title');
  await expect(page.locator('#deadline-error')).toContainText('past');
  await expect(page.locator('#partner_id-error')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Description')).toHaveValue('Keep this description.');
  await expect(page.getByLabel('Deadline')).toHaveValue('2020-01-15');
  // The summary links to the fields.
  await expect(page.locator('.error-summary a[href="#title"]')).toBeVisible();

  // A link that is not http(s) on the status form.
  await page.goto('/initiatives/new');
  const id = await createInitiative(page, {
    title: unique('Pharma regulatory dialogue'),
    partner: 'Flanders',
    deadline: isoDate(30),
    status: 'active',
  });
  await updateStatus(page, 'active', 'Call with the regulator.', 'javascript:alert(1)');
  await expect(page.locator('#evidence_url-error')).toBeVisible();
  await expect(page.getByLabel('Note')).toHaveValue('Call with the regulator.');
  expect(page.url()).toContain(`/initiatives/${id}`);
});
