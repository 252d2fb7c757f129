import { expect, test } from '@playwright/test';
import { officerState } from '../playwright.config';
import { waitForHydration } from './support/checks';
import { createInitiative, isoDate, unique } from './support/initiatives';

test('two officers edit the same initiative: the second sees both versions and re-applies', async ({ browser }) => {
  const first = await browser.newContext({ storageState: officerState });
  const second = await browser.newContext({ storageState: officerState });
  const one = await first.newPage();
  const two = await second.newPage();

  await one.goto('/initiatives/new');
  await waitForHydration(one);
  const title = unique('Joint AI research call');
  const id = await createInitiative(one, { title, partner: 'Flanders', deadline: isoDate(60), status: 'proposed' });

  await one.goto(`/initiatives/${id}/edit`);
  await two.goto(`/initiatives/${id}/edit`);
  await waitForHydration(one);
  await waitForHydration(two);

  // The second officer starts typing first...
  const typed = 'Both universities agreed to co-fund two doctoral positions.';
  await two.getByLabel('Description').fill(typed);
  await two.getByLabel('Title').fill(`${title} (co-funded)`);

  // ...but the first saves first.
  await one.getByLabel('Title').fill(`${title} (call open)`);
  await one.getByRole('button', { name: 'Save changes' }).click();
  await expect(one).toHaveURL(new RegExp(`/initiatives/${id}$`));

  await two.getByRole('button', { name: 'Save changes' }).click();
  const conflict = two.getByRole('alert').filter({ hasText: 'Someone else saved this initiative first' });
  await expect(conflict).toBeVisible();
  const comparison = conflict.getByRole('table');
  await expect(comparison.getByRole('row', { name: /Title/ })).toContainText(`${title} (call open)`);
  await expect(comparison.getByRole('row', { name: /Title/ })).toContainText(`${title} (co-funded)`);
  // Nothing typed is lost.
  await expect(two.getByLabel('Description')).toHaveValue(typed);
  await expect(two.getByLabel('Title')).toHaveValue(`${title} (co-funded)`);

  await two.getByRole('button', { name: 'Save my version over the current one' }).click();
  await expect(two).toHaveURL(new RegExp(`/initiatives/${id}$`));
  await expect(two.getByRole('heading', { level: 1 })).toHaveText(`${title} (co-funded)`);
  await expect(two.locator('.prose')).toHaveText(typed);
  // Both edits are in the history.
  await expect(two.locator('.timeline__headline', { hasText: 'Edited' })).toHaveCount(2);

  await first.close();
  await second.close();
});
