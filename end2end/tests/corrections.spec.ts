import { expect, test } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';
import { chooseOption, isoDate, unique } from './support/initiatives';

/** A YYYY-MM-DD date as the pages show it: "3 Mar 2027". */
function shownDate(iso: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}

test('an admin adds a partner, an officer records a meeting with it and corrects its date, and the audit page shows who did what', async ({ page, browser }) => {
  // The admin adds the province under Belgium; a bad name is refused next to its field.
  const context = await browser.newContext({ storageState: signedOut });
  const admin = await context.newPage();
  await admin.goto('/login');
  await signIn(admin, 'admin@demo.accord.test');
  await admin.getByRole('link', { name: 'Partners' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await chooseOption(admin, 'partner-parent', 'Belgium');
  await admin.getByRole('button', { name: 'Add partner' }).click();
  await expect(admin.locator('#partner-name-error')).toBeVisible();
  const province = unique('Limburg Province');
  await admin.getByLabel('Name').fill(province);
  await admin.getByLabel('Kind').selectOption('region');
  await chooseOption(admin, 'partner-parent', 'Belgium');
  await admin.getByRole('button', { name: 'Add partner' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: province })).toBeVisible();
  await admin.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(`${province}.*Region.*Europe`) })).toBeVisible();
  // It gets its ISO code afterwards; a malformed one is refused next to its field.
  await admin.getByRole('link', { name: `Edit ${province}` }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(province);
  await admin.getByLabel('ISO code').fill('not a code');
  await admin.getByRole('button', { name: 'Save partner' }).click();
  await expect(admin.locator('#partner-iso-error')).toBeVisible();
  await expect(admin.getByLabel('Name')).toHaveValue(province);
  await admin.getByLabel('ISO code').fill('be-vli');
  await admin.getByRole('button', { name: 'Save partner' }).click();
  // The edit page's own heading names the province too: wait until the save has left it.
  await expect(admin).toHaveURL(/^https?:\/\/[^/]+\/partners\/\d+$/);
  await expect(admin.getByRole('heading', { level: 1, name: province })).toBeVisible();
  await admin.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(`${province}.*BE-VLI`) })).toBeVisible();

  // The officer records a meeting with it, with the wrong date.
  const title = unique('Call on the Governor of Limburg');
  await page.goto('/meetings/new');
  await page.locator('#title').fill(title);
  // Long ago, so it does not push the demo meetings off the home page's recent list.
  const wrong = isoDate(-2001);
  const right = isoDate(-2000);
  await page.getByLabel('Date').fill(wrong);
  await chooseOption(page, 'partner_id', province);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const meetingPath = new URL(page.url()).pathname;
  const meetingId = meetingPath.split('/').pop()!;
  await expect(page.getByRole('link', { name: province })).toBeVisible();

  // A bad date is refused next to the field and the rest of the form is kept.
  await page.getByRole('link', { name: 'Correct' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Correct:');
  await expect(page.locator('#title')).toHaveValue(title);
  await page.locator('#title').fill(`${title} (corrected)`);
  await page.getByLabel('Date').fill('');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await expect(page.locator('#held_on-error')).toBeVisible();
  await expect(page.locator('#title')).toHaveValue(`${title} (corrected)`);

  await page.getByLabel('Date').fill(right);
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await expect(page).toHaveURL(new RegExp(`${meetingPath}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${title} (corrected)` })).toBeVisible();
  await expect(page.locator(`time[datetime="${right}"]`)).toBeVisible();

  // The admin finds the recording and the correction, with who and when, and the partner.
  await admin.getByRole('link', { name: 'Audit' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await admin.getByLabel('Kind of record').selectOption('meeting');
  await admin.getByLabel('Record number').fill(meetingId);
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  const rows = admin.locator('.audit-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Edited');
  await expect(rows.nth(0)).toContainText('Aida Nurlanova');
  await expect(rows.nth(0)).toContainText(`Date: ${shownDate(wrong)} → ${shownDate(right)}`);
  await expect(rows.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(rows.nth(1)).toContainText('Created');
  await expect(rows.nth(1).getByRole('link', { name: `Meeting #${meetingId}` })).toBeVisible();
  await admin.goto('/admin/audit?kind=partner');
  const partnerRows = admin.locator('.audit-table tbody tr');
  await expect(partnerRows.nth(0)).toContainText('ISO code: — → BE-VLI');
  await expect(partnerRows.nth(1)).toContainText('Created');
  await expect(partnerRows.nth(1)).toContainText(province);
  await expect(partnerRows.nth(1)).toContainText('Dana Admin');

  // Nonsense in the URL is named by its field, never a 500.
  const response = await admin.goto('/admin/audit?record=abc&from=yesterday');
  expect(response?.status()).toBe(200);
  await expect(admin.locator('#audit-record-error')).toBeVisible();
  await expect(admin.locator('#audit-from-error')).toBeVisible();
  await context.close();

  // Nobody else reads the audit trail or manages partners.
  for (const path of ['/admin/audit', '/admin/partners']) {
    const refused = await page.goto(path);
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  }
});
