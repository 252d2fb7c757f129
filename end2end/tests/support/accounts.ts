import { expect, type Page } from '@playwright/test';

/** The demo users' shared password (local demo data only). */
export const DEMO_PASSWORD = 'accord-demo-2026';
export const OFFICER = 'aida@demo.accord.test';
export const VIEWER = 'viewer@demo.accord.test';

/** Signs in through the form on /login. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) {
    await page.goto('/login');
  }
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** An empty browser state: nobody signed in. */
export const signedOut = { cookies: [], origins: [] };

export async function expectSignInPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Accord' })).toBeVisible();
}
