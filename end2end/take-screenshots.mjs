// Takes screenshots of Accord's pages for people to look at (and for the README).
// Usage: node take-screenshots.mjs [base-url] [out-dir]   (default http://127.0.0.1:3000, screenshots/)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = process.argv[3] ?? 'screenshots';
// ACCORD_PAGES="name=/path,name2=/path2" takes only those (e.g. admin pages, with ACCORD_EMAIL).
const chosen = process.env.ACCORD_PAGES?.split(',').map((pair) => {
  const at = pair.indexOf('=');
  return [pair.slice(0, at), pair.slice(at + 1)];
});
const pages = chosen ?? [
  ['home', '/'],
  ['meetings', '/meetings'],
  ['meetings-search', '/meetings?q=flanders'],
  ['meeting', '/meetings/1'],
  ['meeting-new', '/meetings/new'],
  ['initiatives', '/initiatives'],
  ['initiatives-filtered', '/initiatives?status=active&sort=title'],
  ['initiative', '/initiatives/1'],
  ['initiative-new', '/initiatives/new?meeting=1'],
  ['initiative-edit', '/initiatives/1/edit'],
  ['partner', '/partners/2'],
  ['dashboard', '/dashboard'],
  ['dashboard-filtered', '/dashboard?sector=1'],
  ['admin-users', '/admin/users'],
  ['meeting-edit', '/meetings/1/edit'],
  ['account', '/account'],
  ['not-found', '/no-such-page'],
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// Signs in as a demo user (override with ACCORD_EMAIL / ACCORD_PASSWORD).
const email = process.env.ACCORD_EMAIL ?? 'aida@demo.accord.test';
const password = process.env.ACCORD_PASSWORD ?? 'accord-demo-2026';
// ACCORD_LOCALE=ru-RU (or kk-KZ) shows the pages as a browser asking for that language sees them.
const locale = process.env.ACCORD_LOCALE ?? 'en-US';
const signInButton = (page) => page.locator('form[action="/login"] button[type="submit"]');
for (const [width, suffix] of [[1280, ''], [390, '-mobile']]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale });
  await page.goto(base + '/login');
  await page.screenshot({ path: `${out}/login${suffix}.png`, fullPage: true });
  // A refused sign-in keeps the typed email (in the session, not the URL).
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('not the password');
  await signInButton(page).click();
  await page.getByRole('alert').waitFor({ timeout: 10_000 }).catch(() => {});
  await page.screenshot({ path: `${out}/login-refused${suffix}.png`, fullPage: true });
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await signInButton(page).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  for (const [name, path] of pages) {
    await page.goto(base + path);
    await page.locator('body[data-hydrated="true"]').waitFor({ timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: `${out}/${name}${suffix}.png`, fullPage: true });
  }
  // A refused form comes back filled in, each message by its field (kept on the server).
  await page.goto(base + '/initiatives/new');
  await page.locator('#description').fill('Typed text is kept.');
  await page.locator('main form button[type="submit"]').first().click();
  await page.locator('#title-error').waitFor({ timeout: 10_000 }).catch(() => {});
  await page.screenshot({ path: `${out}/initiative-rejected${suffix}.png`, fullPage: true });
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
