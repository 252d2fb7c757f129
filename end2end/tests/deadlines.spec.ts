import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { isoDate, unique, updateStatus } from './support/initiatives';

// Issue 19: a deadline moves only with a reason, the move is kept, and the dashboard judges
// "on time" against the first deadline agreed with the current one beside it.
test('moving a deadline needs a reason, and the ledger, the dashboard and the brief count the move', async ({ page, browser }) => {
  // A partner of its own, so that its dashboard row holds only what this test does.
  const admin = await (await browser.newContext({ storageState: signedOut })).newPage();
  await admin.goto('/login');
  await signIn(admin, 'admin@demo.accord.test');
  // Signed in before going on (the next page would otherwise race the sign-in's redirect).
  await expect(admin.getByRole('link', { name: 'Audit' })).toBeVisible();
  const partner = unique('Slippage Region');
  await admin.goto('/admin/partners');
  await admin.getByLabel('Name').fill(partner);
  await admin.getByLabel('Kind').selectOption('region');
  await admin.getByLabel('World region').selectOption('europe');
  await admin.getByRole('button', { name: 'Add partner' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: partner })).toBeVisible();

  // The officer's spreadsheet: one commitment due in ten days, one whose deadline passed
  // three days ago (a new initiative typed in cannot start overdue; a sheet brings them).
  const tag = unique('SLIP').replace(' ', '-');
  const kept = `Joint logistics study ${tag}`;
  const slipped = `Investment roadmap ${tag}`;
  const sheet = [
    'Ref;Title;Partner;Owner e-mail;Deadline;Status',
    `${tag}-1;${kept};${partner};aida@demo.accord.test;${isoDate(10)};active`,
    `${tag}-2;${slipped};${partner};aida@demo.accord.test;${isoDate(-3)};active`,
  ].join('\n');
  await page.goto('/initiatives/import');
  await page.getByLabel('Spreadsheet (CSV)').setInputFiles({
    name: 'commitments.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${sheet}\n`, 'utf8'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 2 initiatives' }).click();
  await expect(page.getByText('has been imported: 2 initiatives created')).toBeVisible();
  const idOf = async (title: string) => {
    await page.goto(`/initiatives?q=${encodeURIComponent(tag)}`);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return page.url().split('/').pop()!;
  };
  const keptId = await idOf(kept);
  const slippedId = await idOf(slipped);

  // Moving it without a reason is refused next to the reason, and the new date is kept.
  await page.goto(`/initiatives/${slippedId}/edit`);
  await page.getByLabel('Deadline', { exact: true }).fill(isoDate(20));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#deadline_reason-error')).toContainText('Say why the deadline moves');
  await expect(page.getByLabel('Deadline', { exact: true })).toHaveValue(isoDate(20));
  await page.getByLabel('Reason for moving the deadline').fill('The partner asked for time to consult its regions.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/initiatives/${slippedId}$`));

  // The page says how far it slipped, and the ledger keeps the move with its reason.
  await expect(page.locator('.fact-note')).toHaveText(/^Moved once: 23 days later than first agreed \(/);
  const ledger = page.getByRole('region', { name: 'Deadline moves' });
  await expect(ledger).toContainText('The partner asked for time to consult its regions.');
  await expect(ledger.locator('.timeline__entry')).toHaveCount(1);

  // Both are completed today.
  for (const id of [keptId, slippedId]) {
    await page.goto(`/initiatives/${id}`);
    await updateStatus(page, 'completed', 'Delivered.', 'https://example.org/delivered');
    await expect(page.locator('.status-line')).toContainText('Completed');
  }

  // By hand: the kept one is on time; the slipped one is late against its first deadline
  // (three days ago) but on time against the moved one. 1 of 2 = 50 %, 2 of 2 = 100 %.
  await admin.goto('/dashboard');
  const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: partner }) });
  await expect(row.locator('td[data-label="Moved"]')).toHaveText('1');
  const onTime = row.locator('td[data-label="On time"]');
  await expect(onTime).toHaveText(/^\s*50\s?%\s*\(100\s?%\)\s*$/);
  await expect(onTime).toHaveAttribute('title', /1 of 2 completed by the first deadline agreed; 2 by the deadline as it stands/);

  // The brief lists the move with both dates.
  await admin.goto(`/dashboard/changes?since=${isoDate(-1)}`);
  const section = admin.locator('section.brief-partner', { has: admin.getByRole('link', { name: partner }) });
  const moves = section.locator('.brief-partner__lists > div', {
    has: admin.getByRole('heading', { name: 'Deadline moved (1)' }),
  });
  await expect(moves.getByRole('listitem')).toHaveCount(1);
  await expect(moves.getByRole('listitem')).toContainText(slipped);
  await expect(moves.getByRole('listitem')).toContainText(' · from ');
});
