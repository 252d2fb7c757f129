import { defineConfig, devices } from '@playwright/test';

// Every spec runs twice: JavaScript on (hydrated) and off (server-rendered HTML and plain forms).
// Specs that only make sense hydrated are named *.hydrate.spec.ts; JS-off-only ones *.nojs.spec.ts.
const port = Number(process.env.E2E_PORT ?? 3100);
export const officerState = 'test-results/.auth/officer.json';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Signs in once as a demo desk officer; the other projects start from that session.
    { name: 'sign-in', testMatch: /sign-in\.setup\.ts$/ },
    {
      name: 'js-on',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: true, storageState: officerState },
      testIgnore: /\.nojs\.spec\.ts$/,
      dependencies: ['sign-in'],
    },
    {
      name: 'js-off',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false, storageState: officerState },
      testIgnore: /\.hydrate\.spec\.ts$/,
      dependencies: ['sign-in'],
    },
  ],
  webServer: {
    // A fresh database with the demo data for every run.
    command: 'bash ./start-server.sh',
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
