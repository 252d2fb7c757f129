import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { chooseOption, isoDate, unique } from './support/initiatives';

test('an admin merges a duplicate partner, then deletes a meeting with a stated reason, and the audit trail keeps both', async ({ page, browser }) => {
  const context = await browser.newContext({ storageState: signedOut });
  const admin = await context.newPage();
  await admin.goto('/login');
  await signIn(admin, 'admin@demo.accord.test');
  await expect(admin.getByRole('link', { name: 'Audit' })).toBeVisible();

  // The partner to keep, and a duplicate of it entered at the top of the tree.
  const kept = unique('Limburg');
  const duplicate = unique('Province of Limburg');
  for (const [name, parent] of [[kept, 'Belgium'], [duplicate, '']] as const) {
    await admin.goto('/admin/partners');
    await admin.getByLabel('Name').fill(name);
    await admin.getByLabel('Kind').selectOption('region');
    if (parent) {
      await chooseOption(admin, 'partner-parent', parent);
    } else {
      await admin.getByLabel('World region').selectOption('europe');
    }
    await admin.getByRole('button', { name: 'Add partner' }).click();
    await expect(admin.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  // A meeting was recorded with the duplicate.
  const title = unique('Talks with the Governor');
  await admin.goto('/meetings/new');
  await admin.locator('#title').fill(title);
  await admin.getByLabel('Date').fill(isoDate(-3000));
  await chooseOption(admin, 'partner_id', duplicate);
  await admin.getByRole('button', { name: 'Save meeting' }).click();
  await expect(admin).toHaveURL(/\/meetings\/\d+$/);
  const meetingPath = new URL(admin.url()).pathname;
  const meetingId = meetingPath.split('/').pop()!;

  // Merging needs a partner to merge into; then the meeting moves and the duplicate retires.
  await admin.goto('/admin/partners');
  await admin.getByRole('link', { name: `Edit ${duplicate}` }).click();
  await admin.getByRole('button', { name: 'Merge into the chosen partner' }).click();
  await expect(admin.locator('#into-error')).toBeVisible();
  await chooseOption(admin, 'into', kept);
  await admin.getByRole('button', { name: 'Merge into the chosen partner' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Edit partner: ${kept}` })).toBeVisible();
  await admin.goto(meetingPath);
  await expect(admin.getByRole('link', { name: kept })).toBeVisible();
  await admin.goto('/admin/partners');
  await expect(admin.getByRole('row', { name: new RegExp(`${duplicate}.*merged`) })).toBeVisible();
  await admin.goto('/meetings/new');
  await expect(admin.locator('#partner_id option', { hasText: duplicate })).toHaveCount(0);
  await expect(admin.locator('#partner_id option', { hasText: kept })).toHaveCount(1);

  // Deleting asks why; without a reason nothing is deleted.
  await admin.goto(meetingPath);
  await admin.getByRole('link', { name: 'Delete…' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Delete this meeting?' })).toBeVisible();
  await admin.getByRole('button', { name: 'Delete for good' }).click();
  await expect(admin.locator('#reason-error')).toBeVisible();
  const reason = 'Recorded twice: the same call is meeting <b>#1</b>';
  await admin.getByLabel('Why delete it?').fill(reason);
  await admin.getByRole('button', { name: 'Delete for good' }).click();
  await expect(admin).toHaveURL(/\/meetings$/);
  const gone = await admin.goto(meetingPath);
  expect(gone?.status()).toBe(404);

  // The audit trail has the move and the deletion, with the reason as typed.
  await admin.goto(`/admin/audit?kind=meeting&record=${meetingId}`);
  const rows = admin.locator('.audit-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Deleted');
  await expect(rows.nth(0)).toContainText(`Reason: — → ${reason}`);
  await expect(rows.nth(0)).toContainText('Dana Admin');
  await expect(rows.nth(1)).toContainText(`${duplicate} → ${kept}`);
  await admin.goto('/admin/audit?kind=partner');
  await expect(admin.locator('.audit-table tbody tr').first()).toContainText('Merged into another partner');
  await context.close();

  // A desk officer neither sees the way to delete nor gets through by typing the address.
  await page.goto('/initiatives/1');
  await expect(page.getByRole('link', { name: 'Delete…' })).toHaveCount(0);
  await page.goto('/initiatives/1/delete');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete for good' })).toHaveCount(0);
});
