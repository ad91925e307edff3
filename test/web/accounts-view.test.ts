/**
 * Accounts in Debian's Chromium, served by the real app on the real Neo4j: the first admin's link, a second
 * tab that is signed in too, inviting a person who sets their first password in another browser, a disabled
 * account signed out at once, a rate-limited password guess, sign-out everywhere, and axe on the dialogs.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdminLink } from '../../server/accounts/account.service.js';
import { defaultAccountSettings, type AccountSettings } from '../../server/accounts/account-settings.js';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { testDatabase } from '../support/database.js';
import { collectPageErrors, launchChromium, poll, seriousViolations } from './support/browser.js';

// Plain http on loopback, as in development: the cookie is not Secure there (config.ts).
const settings: AccountSettings = { ...defaultAccountSettings, secureCookie: false, passwordCost: { N: 2 ** 14, r: 8, p: 1 } };
let app: RunningApp;
let browser: Browser;
let adminBrowser: BrowserContext;
let editorBrowser: BrowserContext;
let adminTab: Page;
const pageErrors: string[] = [];

const ADMIN = { name: 'Айгуль Осмонова', email: 'aigul@example.kg', password: 'three words here 2026' };
const EDITOR = { name: 'Bakyt Sadykov', email: 'bakyt@example.kg', password: 'editor words here 2026' };

beforeAll(async () => {
  await ensureWebBuilt();
  await testDatabase().runStatement('test: no accounts yet', 'MATCH (n) WHERE n:User OR n:Session OR n:AccountLink DETACH DELETE n');
  app = await startApp(testDatabase(), {
    host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }), accounts: settings,
    signInLimits: { perAccount: 3, perAddress: 50, windowSeconds: 600 },
  });
  browser = await launchChromium();
  adminBrowser = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  editorBrowser = await browser.newContext({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await testDatabase().runStatement('test: remove test accounts', 'MATCH (n) WHERE n:User OR n:Session OR n:AccountLink OR (n:ApiKey AND n.name = \'monthly-report\') DETACH DELETE n');
  expect(pageErrors).toEqual([]);
});

async function open(context: BrowserContext, search = ''): Promise<Page> {
  const page = await context.newPage();
  collectPageErrors(page, pageErrors);
  await page.goto(`${app.url}?view=network&lang=en${search}`);
  return page;
}

describe('accounts in the web view', () => {
  it('creates the first admin from the link printed on a new database, and the session holds in a second tab', async () => {
    const link = await firstAdminLink(testDatabase(), settings);
    adminTab = await open(adminBrowser, `&${link!.path.split('?')[1]}`);
    await adminTab.getByTestId('account-name').waitFor();
    await adminTab.getByTestId('new-password').fill(ADMIN.password);
    await adminTab.getByTestId('repeat-password').fill('something else entirely');
    await adminTab.getByTestId('account-name').fill(ADMIN.name);
    await adminTab.getByTestId('account-email').fill(ADMIN.email);
    await adminTab.getByTestId('set-password-submit').click();
    await poll(() => adminTab.getByTestId('set-password-problem').textContent()).toMatch(/differ/);
    expect(await seriousViolations(adminTab)).toEqual([]);
    await adminTab.getByTestId('repeat-password').fill(ADMIN.password);
    await adminTab.getByTestId('set-password-submit').click();
    await poll(() => adminTab.locator('summary[data-testid=account-name]').textContent()).toBe(ADMIN.name);
    expect(adminTab.url()).not.toMatch(/account=/);

    const secondTab = await open(adminBrowser);
    await poll(() => secondTab.locator('summary[data-testid=account-name]').textContent()).toBe(ADMIN.name);
    await secondTab.close();
  });

  it('an admin invites a person, who sets a first password in their own browser (a phone) and is signed in', async () => {
    await adminTab.locator('summary[data-testid=account-name]').click();
    await adminTab.getByTestId('open-users').click();
    await adminTab.getByTestId('users-table').waitFor();
    await adminTab.getByTestId('invite-name').fill(EDITOR.name);
    await adminTab.getByTestId('invite-email').fill(EDITOR.email);
    await adminTab.getByTestId('invite-role').selectOption('EDITOR');
    await adminTab.getByTestId('invite-submit').click();
    const linkField = adminTab.getByTestId('issued-link-url');
    await linkField.waitFor();
    const invitation = await linkField.inputValue();
    expect(invitation).toMatch(/\?account=[\w-]{43}$/);
    await poll(() => adminTab.getByTestId('users-table').textContent()).toContain(EDITOR.email);
    // A key for a script, shown once, then revoked.
    await adminTab.getByTestId('key-name').fill('monthly-report');
    await adminTab.getByTestId('key-role').selectOption('ANALYST');
    await adminTab.getByTestId('key-submit').click();
    await adminTab.getByTestId('created-key-value').waitFor();
    expect(await adminTab.getByTestId('created-key-value').inputValue()).toMatch(/^aimak_/);
    await adminTab.getByTestId('revoke-monthly-report').click();
    await poll(() => adminTab.getByTestId('api-keys').textContent()).toMatch(/revoked/);
    expect(await seriousViolations(adminTab)).toEqual([]);
    await adminTab.keyboard.press('Escape');

    const phone = await editorBrowser.newPage();
    collectPageErrors(phone, pageErrors);
    await phone.goto(invitation);
    await poll(() => phone.locator('.account-dialog').textContent()).toContain(EDITOR.email);
    await phone.getByTestId('new-password').fill(EDITOR.password);
    await phone.getByTestId('repeat-password').fill(EDITOR.password);
    await phone.getByTestId('set-password-submit').click();
    await poll(() => phone.locator('summary[data-testid=account-name]').textContent()).toBe(EDITOR.name);
    // The link is spent: opening it again says so.
    const again = await editorBrowser.newPage();
    await again.goto(invitation);
    await poll(() => again.getByTestId('link-problem').textContent()).toMatch(/already used or expired|уже использована или устарела/);
    await again.close();
    await phone.close();
  });

  it('a disabled account is signed out at once, and its password no longer signs in', async () => {
    await adminTab.locator('summary[data-testid=account-name]').click();
    await adminTab.getByTestId('open-users').click();
    await adminTab.getByTestId(`toggle-${EDITOR.email}`).click();
    await poll(() => adminTab.getByTestId('users-table').textContent()).toMatch(/disabled/);
    await adminTab.keyboard.press('Escape');

    // The phone that was signed in is signed out: its next page load is anonymous.
    const phone = await open(editorBrowser);
    await phone.getByTestId('account-menu').getByText(/Sign in/).waitFor({ state: 'attached' });
    expect(await phone.locator('summary[data-testid=account-name]').count()).toBe(0);
    await phone.setViewportSize({ width: 1440, height: 900 });
    await phone.getByTestId('sign-in').click();
    await phone.getByTestId('sign-in-email').fill(EDITOR.email);
    await phone.getByTestId('sign-in-password').fill(EDITOR.password);
    await phone.getByTestId('sign-in-submit').click();
    await poll(() => phone.getByTestId('sign-in-problem').textContent()).toMatch(/wrong, or the account is not active/);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('stops a password guesser with a wait, in the reader\'s language', async () => {
    const guesser = await browser.newContext();
    const page = await guesser.newPage();
    collectPageErrors(page, pageErrors);
    await page.goto(`${app.url}?view=network&lang=ru`);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-email').fill(ADMIN.email);
    for (let guess = 0; guess < 4; guess += 1) {
      await page.getByTestId('sign-in-password').fill(`guess number ${guess}`);
      await page.getByTestId('sign-in-submit').click();
      await poll(() => page.getByTestId('sign-in-problem').textContent()).not.toBe('');
    }
    await poll(() => page.getByTestId('sign-in-problem').textContent()).toMatch(/Слишком много неудачных попыток\. Повторите через \d+ с\./);
    await guesser.close();
  });

  it('signing out everywhere signs out every tab', async () => {
    const otherTab = await open(adminBrowser);
    await poll(() => otherTab.locator('summary[data-testid=account-name]').textContent()).toBe(ADMIN.name);
    await adminTab.reload();
    await adminTab.locator('summary[data-testid=account-name]').click();
    await adminTab.getByTestId('sign-out-everywhere').click();
    await adminTab.getByTestId('sign-in').waitFor();
    await otherTab.reload();
    await otherTab.getByTestId('sign-in').waitFor();
  });
});
