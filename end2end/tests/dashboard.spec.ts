import { expect, test, type Locator } from '@playwright/test';
import { signIn, signedOut } from './support/accounts';

test.use({ storageState: signedOut });

test('a manager sees the partners and every count opens exactly those initiatives', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'manager@demo.accord.test');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The chart is server-rendered SVG with a text alternative.
  await expect(page.getByRole('img', { name: /Initiatives by partner/ })).toBeVisible();

  const belgium = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Belgium' }) });
  const all = Number(await belgium.getByRole('link', { name: /^All \d+ initiatives with Belgium$/ }).textContent());
  expect(all).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Regions', exact: true }).click();
  await expect(page).toHaveURL(/level=sub/);
  const flanders = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Flanders' }) });
  const overdueLink = flanders.getByRole('link', { name: /^\d+ overdue initiatives with Flanders$/ });
  const overdue = Number(await overdueLink.textContent());
  expect(overdue).toBeGreaterThan(0);
  await overdueLink.click();
  await expect(page).toHaveURL(/\/initiatives\?partner=\d+&health=overdue/);
  await expect(page.getByRole('status').first()).toContainText(`${overdue} initiative`);
  const rows = page.locator('.initiative-table tbody tr');
  await expect(rows).toHaveCount(overdue);
  await expect(page.locator('.initiative-table .badge--health-overdue')).toHaveCount(overdue);

  // The total of a top-level row equals the list it opens.
  await page.goto('/dashboard');
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Belgium' }) })
    .getByRole('link', { name: /^All \d+ initiatives with Belgium$/ })
    .click();
  await expect(page.getByRole('status').first()).toContainText(`${all} initiative`);
});

/** The number a count link shows. */
async function countOf(link: Locator): Promise<number> {
  return Number(await link.textContent());
}

test('world regions, filters and the sector matrix each open exactly what they count', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'manager@demo.accord.test');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('link', { name: 'World regions' }).click();
  await expect(page).toHaveURL(/level=world/);
  const table = page.getByRole('table', { name: /^Initiatives by world region/ });
  const europe = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Europe' }) });
  const all = await countOf(europe.getByRole('link', { name: /^All \d+ initiatives with Europe$/ }));
  expect(all).toBeGreaterThan(0);
  // On time against the first deadline agreed, the rate against the current one beside it
  // when moves made them differ; then the deadline moves.
  await expect(europe.locator('td[data-label="On time"]')).toHaveText(/^\s*(\d+\s?%(\s*\(\d+\s?%\))?|—)\s*$/);
  await expect(europe.getByRole('cell').last()).toHaveText(/^\s*\d+\s*$/);

  // Due in the next 30 days opens the list of exactly those.
  const due = europe.getByRole('link', { name: /initiatives with Europe due by/ });
  const dueCount = await countOf(due);
  await due.click();
  await expect(page).toHaveURL(/region=europe&due_by=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole('status').first()).toContainText(`${dueCount} initiative`);

  // A sector filter stays in the URL and in every link.
  await page.goto('/dashboard?level=world');
  await page.locator('#dashboard-sector').selectOption({ label: 'Transport and logistics' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/level=world&sector=\d+/);
  await expect(page.locator('#dashboard-sector')).toHaveValue(/\d+/);
  const filtered = page
    .getByRole('table', { name: /^Initiatives by world region/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Europe' }) })
    .getByRole('link', { name: /^All \d+ initiatives with Europe$/ });
  const inSector = await countOf(filtered);
  expect(inSector).toBeLessThan(all);
  await filtered.click();
  await expect(page).toHaveURL(/region=europe.*sector=\d+/);
  await expect(page.getByRole('status').first()).toContainText(`${inSector} initiative`);

  // The matrix: open initiatives per region and sector, each cell a link to exactly those.
  await page.goto('/dashboard?level=top');
  // Both charts are server-rendered SVG with a text alternative and a table.
  await expect(page.getByRole('img', { name: /^Initiatives by partner/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /opened and completed per month/ })).toBeVisible();
  await expect(page.locator('#months-desc')).toContainText(/\w{3} \d{4}: \d+ opened, \d+ completed/);
  await expect(page.getByRole('table', { name: 'Initiatives opened and completed per month', includeHidden: true })).toBeAttached();
  const matrix = page.getByRole('table', { name: /^Open initiatives by partner and sector/ });
  await expect(matrix).toBeVisible();
  // The cell in Belgium's row under the Trade column.
  const headers = await matrix.getByRole('columnheader').allTextContents();
  const trade = headers.indexOf('Trade');
  expect(trade).toBeGreaterThan(0);
  const cell = matrix
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Belgium' }) })
    .locator('td')
    .nth(trade - 1)
    .getByRole('link')
    .first();
  const open = await countOf(cell);
  expect(open).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/partner=\d+&sector=\d+&status=open/);
  await expect(page.getByRole('status').first()).toContainText(`${open} initiative`);
});

test('what changed since a day: per partner, what was created, completed, slipped or reassigned', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'manager@demo.accord.test');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('link', { name: 'What changed this quarter' }).click();
  await expect(page).toHaveURL(/\/dashboard\/changes/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What changed since');

  // The demo was created today: everything counts as created since 30 days ago.
  await page.getByRole('link', { name: 'Last 30 days' }).click();
  await expect(page).toHaveURL(/since=\d{4}-\d{2}-\d{2}/);
  const summary = page.getByRole('table', { name: 'Changes per partner in the period' });
  const flanders = summary.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Flanders' }) });
  await expect(flanders).toBeVisible();
  const created = Number(await flanders.getByRole('cell').first().textContent());
  expect(created).toBeGreaterThan(0);
  await flanders.getByRole('link', { name: 'Flanders' }).click();
  const section = page.getByRole('region', { name: 'Flanders' });
  await expect(section.getByRole('heading', { level: 3, name: `Created (${created})` })).toBeVisible();
  await expect(section.getByRole('list').first().getByRole('listitem')).toHaveCount(created);

  // A later day from the form: nothing was created after today.
  await page.getByLabel('Since').fill(new Date().toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Show the brief' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What changed since');
  await expect(page.locator('.headline-figures li').first()).toContainText(/\d+ created/);
});
