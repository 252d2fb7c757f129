import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, isoDate, unique } from './support/initiatives';

const seedReadout = readFileSync(path.join(__dirname, '..', 'fixtures', '00-kz-flanders-seed.txt'), 'utf8');

/** The seed readout under a title no other run uses, so the new meeting can be found. */
function seedWithTitle(title: string): string {
  return seedReadout.replace(/^title: .*$/m, `title: ${title}`);
}

async function paste(page: Page, text: string): Promise<void> {
  await page.goto('/meetings');
  await page.getByRole('link', { name: 'Import a readout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a readout' })).toBeVisible();
  await page.getByLabel('Readout text').fill(text);
  await page.getByRole('button', { name: 'Find the commitments' }).click();
  await expect(page).toHaveURL(/\/meetings\/import\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review the proposals' })).toBeVisible();
}

const proposal = (page: Page, n: number) => page.getByRole('article', { name: new RegExp(`^Proposal ${n}\\b`) });

test('an officer imports the seed readout: rejects one proposal, edits one, accepts the rest', async ({ page }) => {
  const meetingTitle = unique('Vassilenko meets Diependaele');
  const editedTitle = unique('Economic and technological ties with Flanders');
  await paste(page, seedWithTitle(meetingTitle));

  // The meeting as proposed: title from the readout, Flanders, its participants.
  await expect(page.locator('#title')).toHaveValue(meetingTitle);
  await expect(page.locator('#partner_id option:checked')).toHaveText(/Flanders/);
  await expect(page.locator('#held_on')).toHaveValue('2026-03-11');
  await expect(page.locator('#participants-0-name')).toHaveValue('Roman Vassilenko');

  // Every proposal is highlighted in the source text and numbered; the referendum is not one.
  const marks = page.locator('mark.proposal-mark');
  await expect(marks).toHaveCount(4);
  await expect(marks.nth(3)).toContainText('agreed to continue dialogue aimed at implementing joint initiatives and projects');
  await expect(page.locator('mark.proposal-mark', { hasText: 'referendum' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Proposed commitments (4)' })).toBeVisible();

  // The firm one has no date in the readout: it is flagged.
  const firm = proposal(page, 4);
  await expect(firm.getByRole('heading', { level: 3 })).toContainText('Continue dialogue');
  await expect(firm.getByRole('heading', { level: 3 })).toContainText('Firm');
  await expect(firm.locator('.proposal__flag')).toContainText('Needs a deadline.');
  await expect(proposal(page, 1).locator('.proposal__flag')).toHaveCount(0);

  // The readout was published the day after the meeting; the port is the partner to file it under
  // (and keeps this run out of other tests' Flanders counts).
  await page.locator('#held_on').fill('2026-03-09');
  await chooseOption(page, 'partner_id', 'Port of Antwerp-Bruges');

  // Reject the first, edit the second, give the firm one a deadline.
  await proposal(page, 1).getByLabel('Reject').check();
  const rejectedTitle = await proposal(page, 1).getByLabel('Title', { exact: true }).inputValue();
  const second = proposal(page, 2);
  await second.getByLabel('Title', { exact: true }).fill(editedTitle);
  await second.getByLabel('Status').selectOption('active');
  await firm.getByLabel('Deadline').fill(isoDate(90));
  // The third repeats what the demo already tracks: add the meeting to that initiative instead.
  const tracked = 'Keep up the dialogue with Flanders on joint initiatives and projects';
  await proposal(page, 3).getByLabel('Add to an existing initiative', { exact: true }).check();
  await proposal(page, 3).getByLabel('Initiative to add to').selectOption({ label: tracked });

  // Active without a deadline is refused next to that field; nothing typed is lost.
  await page.getByRole('button', { name: 'Save the meeting and the accepted commitments' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(proposal(page, 2).locator('.field__error')).toContainText('deadline');
  await expect(proposal(page, 2).getByLabel('Title', { exact: true })).toHaveValue(editedTitle);
  await expect(proposal(page, 1).getByLabel('Reject')).toBeChecked();
  await expect(proposal(page, 4).getByLabel('Deadline')).toHaveValue(isoDate(90));
  await expect(page.locator('#held_on')).toHaveValue('2026-03-09');

  await proposal(page, 2).getByLabel('Deadline').fill(isoDate(60));
  await page.getByRole('button', { name: 'Save the meeting and the accepted commitments' }).click();

  // The new meeting, with the three accepted commitments as its initiatives.
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible();
  await expect(page.locator('.participants').getByText('Matthias Diependaele')).toBeVisible();
  const initiatives = page.getByRole('table', { name: /initiatives/i });
  await expect(initiatives.getByRole('link', { name: editedTitle })).toBeVisible();
  await expect(initiatives.getByRole('link', { name: /^Continue dialogue aimed at implementing joint initiatives/ })).toBeVisible();
  await expect(initiatives.getByRole('link', { name: rejectedTitle })).toHaveCount(0);
  await expect(initiatives.getByRole('link', { name: tracked })).toBeVisible();
  await expect(initiatives.locator('tbody tr')).toHaveCount(3);

  // The tracked initiative's history quotes the readout.
  await initiatives.getByRole('link', { name: tracked }).click();
  await expect(page.getByRole('heading', { level: 1, name: tracked })).toBeVisible();
  const history = page.locator('.timeline__entry').first();
  await expect(history).toContainText('Discussed again at a meeting');
  await expect(history).toContainText(meetingTitle);

  // And in the lists.
  await page.goto(`/meetings?q=${encodeURIComponent(meetingTitle)}`);
  await expect(page.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: meetingTitle })).toBeVisible();
  await page.goto(`/initiatives?q=${encodeURIComponent(editedTitle)}`);
  const row = page.getByRole('row', { name: new RegExp(editedTitle) });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Port of Antwerp-Bruges');
});

test('a readout is shown as text: markup in it is never run', async ({ page }) => {
  await paste(
    page,
    'Ministry of Foreign Affairs, 12 March 2026.\n\n<script>window.__imported = true</script>' +
      '<img src=x onerror="window.__imported = true">\n' +
      'The parties agreed to hold a business forum in Astana in 2027.',
  );
  await expect(page.locator('.readout-text')).toContainText('<script>window.__imported = true</script>');
  await expect(page.locator('.readout-text img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __imported?: boolean }).__imported)).toBeUndefined();
  await expect(proposal(page, 1)).toContainText('business forum');
});

test('an empty paste is refused next to the field', async ({ page }) => {
  await page.goto('/meetings/import');
  await page.getByLabel('Source link').fill('https://www.gov.kz/readout');
  await page.getByRole('button', { name: 'Find the commitments' }).click();
  await expect(page.locator('#text-error')).toContainText('Paste the text of the readout.');
  await expect(page.getByLabel('Source link')).toHaveValue('https://www.gov.kz/readout');
});

test('an unknown readout answers 404', async ({ page }) => {
  const response = await page.goto('/meetings/import/999999');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('not found');
});

test('a readout over 200 KB is refused with the text kept for shortening', async ({ page }) => {
  const long = 'The parties agreed to meet again in Astana. '.repeat(5000);
  await paste(page, long);
  await expect(page.getByRole('alert')).toContainText('too long');
  await expect(page.locator('#text-error')).toContainText('the limit is 204800 bytes');
  expect((await page.getByLabel('Readout text').inputValue()).length).toBe(long.trimEnd().length);
  await expect(page.locator('mark.proposal-mark')).toHaveCount(0);
});
