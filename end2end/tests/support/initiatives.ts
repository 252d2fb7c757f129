import { expect, type Page } from '@playwright/test';

/** A date `days` from today (UTC, as the server judges it), as YYYY-MM-DD. */
export function isoDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** A name no other test run uses. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Chooses the option of a select whose text contains `text` (partner names are indented). */
export async function chooseOption(page: Page, selectId: string, text: string): Promise<void> {
  const value = await page.locator(`#${selectId} option`, { hasText: text }).first().getAttribute('value');
  expect(value, `an option containing ${text}`).toBeTruthy();
  await page.locator(`#${selectId}`).selectOption(value!);
}

export interface NewInitiative {
  title: string;
  deadline?: string;
  status?: 'proposed' | 'active';
  partner?: string;
  description?: string;
}

/** Fills and sends the new-initiative form on the current page; returns the new id. */
export async function createInitiative(page: Page, item: NewInitiative): Promise<string> {
  await page.locator('#title').fill(item.title);
  if (item.description) await page.getByLabel('Description').fill(item.description);
  if (item.partner) await chooseOption(page, 'partner_id', item.partner);
  if (item.deadline) await page.getByLabel('Deadline').fill(item.deadline);
  if (item.status) await page.locator('#status').selectOption(item.status);
  await page.getByRole('button', { name: 'Create initiative' }).click();
  await expect(page).toHaveURL(/\/initiatives\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
  return page.url().split('/').pop()!;
}

/** Sends the status form on an initiative's page. */
export async function updateStatus(
  page: Page,
  to: string,
  note = '',
  evidence = '',
): Promise<void> {
  await page.getByLabel('New status').selectOption(to);
  if (note) await page.getByLabel('Note').fill(note);
  if (evidence) await page.getByLabel('Evidence link').fill(evidence);
  await page.getByRole('button', { name: 'Save update' }).click();
}
