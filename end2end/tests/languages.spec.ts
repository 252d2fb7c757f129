import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, VIEWER, signedOut } from './support/accounts';
import { expectNoAxeViolations, waitForHydration } from './support/checks';
import { chooseOption, isoDate, unique } from './support/initiatives';

// The desk officer's journey in Russian and in Kazakh, chosen by the browser's languages
// (Accept-Language), with JavaScript on and off; then the header's switcher. The words are
// the catalogues' (src/i18n/<code>/main.ftl), written out here as a reader sees them.
const LANGUAGES = {
  ru: {
    locale: 'ru-RU',
    signInHeading: 'Вход в Accord',
    email: 'Эл. почта',
    password: 'Пароль',
    signIn: 'Войти',
    myInitiatives: 'Мои инициативы',
    dashboard: 'Сводка',
    newInitiative: 'Новая инициатива',
    create: 'Создать инициативу',
    newStatus: 'Новый статус',
    note: 'Примечание',
    save: 'Сохранить',
    history: 'История',
    changed: 'Статус изменён: «В работе» → «Заблокирована»',
    blocked: 'Заблокирована',
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    yearSuffix: ' г.',
  },
  kk: {
    locale: 'kk-KZ',
    signInHeading: 'Accord жүйесіне кіру',
    email: 'Электрондық пошта',
    password: 'Құпиясөз',
    signIn: 'Кіру',
    myInitiatives: 'Менің бастамаларым',
    dashboard: 'Жиынтық',
    newInitiative: 'Жаңа бастама',
    create: 'Бастаманы құру',
    newStatus: 'Жаңа мәртебе',
    note: 'Ескертпе',
    save: 'Сақтау',
    history: 'Өзгерістер тарихы',
    changed: 'Мәртебе өзгертілді: «Жұмыста» → «Бөгелген»',
    blocked: 'Бөгелген',
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    yearSuffix: ' ж.',
  },
} as const;

type Words = (typeof LANGUAGES)[keyof typeof LANGUAGES];

const javaScriptOn = (testInfo: TestInfo) => testInfo.project.use.javaScriptEnabled !== false;

/** Axe on the current page, where axe can run (it needs JavaScript). */
async function accessible(page: Page, testInfo: TestInfo): Promise<void> {
  if (!javaScriptOn(testInfo)) return;
  await waitForHydration(page);
  await expectNoAxeViolations(page, testInfo);
}

/** "2 декабря 2026 г." for an ISO date, as the page writes a long date. */
function longDate(words: Words, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${words.months[month - 1]} ${year}${words.yearSuffix}`;
}

for (const [code, words] of Object.entries(LANGUAGES)) {
  test.describe(`in ${code}`, () => {
    test.use({ storageState: signedOut, locale: words.locale });

    test(`a desk officer signs in, opens an initiative, changes its status and sees the history (${code})`, async ({ page }, testInfo) => {
      await page.goto('/login');
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.getByRole('heading', { level: 1, name: words.signInHeading })).toBeVisible();
      await accessible(page, testInfo);
      await page.getByLabel(words.email).fill('yerlan@demo.accord.test');
      await page.getByLabel(words.password).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: words.signIn }).click();
      await expect(page.getByRole('heading', { level: 1, name: words.myInitiatives })).toBeVisible();
      await accessible(page, testInfo);

      // A new initiative of his own, active, due in a month (typed content stays as typed).
      const title = unique(code === 'ru' ? 'Дорожная карта по логистике' : 'Логистика жөніндегі жол картасы');
      const deadline = isoDate(30);
      await page.goto('/initiatives/new');
      await expect(page.getByRole('heading', { level: 1, name: words.newInitiative })).toBeVisible();
      await page.locator('#title').fill(title);
      await chooseOption(page, 'partner_id', 'Flanders');
      await page.locator('#deadline').fill(deadline);
      await page.locator('#status').selectOption('active');
      await page.getByRole('button', { name: words.create }).click();
      await expect(page).toHaveURL(/\/initiatives\/\d+$/);

      // Open it from "My initiatives".
      await page.getByRole('navigation').getByRole('link', { name: words.myInitiatives }).click();
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('.facts')).toContainText(longDate(words, deadline));
      await accessible(page, testInfo);

      // Block it, with the reason.
      await page.getByLabel(words.newStatus).selectOption('blocked');
      await page.getByLabel(words.note).fill(code === 'ru' ? 'Ждём ответа партнёра.' : 'Серіктестің жауабын күтудеміз.');
      await page.getByRole('button', { name: words.save }).click();
      await expect(page.getByRole('heading', { level: 2, name: words.history })).toBeVisible();
      const history = page.locator('.timeline');
      await expect(history.getByText(words.changed)).toBeVisible();
      await expect(page.locator('.status-line')).toContainText(words.blocked);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await accessible(page, testInfo);

      // The dashboard renders in the language too.
      await page.getByRole('navigation').getByRole('link', { name: words.dashboard }).click();
      await expect(page.getByRole('heading', { level: 1, name: words.dashboard })).toBeVisible();
      await expect(page.locator('main')).not.toContainText('Overdue');
      await accessible(page, testInfo);
    });
  });
}

test.describe('the language switcher', () => {
  test.use({ storageState: signedOut, locale: 'en-US' });

  test('switches the sign-in page without leaving it, and a signed-in choice is saved for next time', async ({ page, browser }, testInfo) => {
    await page.goto('/login?next=%2Fmeetings');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Accord' })).toBeVisible();
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: LANGUAGES.ru.signInHeading })).toBeVisible();
    await expect(page).toHaveURL(/\/login\?next=%2Fmeetings$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
    await accessible(page, testInfo);

    await page.getByLabel(LANGUAGES.ru.email).fill(VIEWER);
    await page.getByLabel(LANGUAGES.ru.password).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: LANGUAGES.ru.signIn }).click();
    await expect(page).toHaveURL(/\/meetings$/);
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('navigation').getByRole('link', { name: LANGUAGES.kk.dashboard })).toBeVisible();

    // Another browser, asking for English: the viewer's saved choice wins.
    const other = await browser.newContext({ storageState: signedOut, locale: 'en-US', javaScriptEnabled: javaScriptOn(testInfo) });
    const elsewhere = await other.newPage();
    await elsewhere.goto('/login');
    await elsewhere.getByLabel('Email').fill(VIEWER);
    await elsewhere.getByLabel('Password').fill(DEMO_PASSWORD);
    await elsewhere.getByRole('button', { name: 'Sign in' }).click();
    await expect(elsewhere.getByRole('navigation').getByRole('link', { name: LANGUAGES.kk.dashboard })).toBeVisible();
    // Back to English, so the viewer's other tests read English.
    await elsewhere.getByRole('button', { name: 'English' }).click();
    await expect(elsewhere.getByRole('navigation').getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await other.close();
  });
});

test.describe('the account page', () => {
  test.use({ storageState: signedOut, locale: 'en-US' });

  test('a user saves a language and a time zone, and the times shown follow it', async ({ page }, testInfo) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('manager@demo.accord.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signed in (the enhanced sign-in has finished) before going on.
    await expect(page.getByRole('banner').getByText('Marat Seitkali')).toBeVisible();
    await page.goto('/account');
    await expect(page.locator('#time_zone')).toHaveValue('');
    await page.locator('#language').selectOption('ru');
    await page.locator('#time_zone').selectOption('Asia/Almaty');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByRole('status')).toHaveText('Язык и часовой пояс сохранены.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#time_zone')).toHaveValue('Asia/Almaty');
    await accessible(page, testInfo);

    // A history's times are now on Almaty's clock, and say so.
    await page.goto('/initiatives/1');
    await expect(page.locator('.timeline time').first()).toContainText('Asia/Almaty');

    // Back to following the browser and the office.
    await page.goto('/account');
    await page.locator('#language').selectOption('');
    await page.locator('#time_zone').selectOption('');
    await page.getByRole('button', { name: 'Сохранить настройки' }).click();
    await expect(page.getByRole('status')).toHaveText('Your language and time zone are saved.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
