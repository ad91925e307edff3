import { describe, expect, it } from 'vitest';
import { checkPasswordRules, hashPassword, verifyPassword } from '../../server/accounts/password.js';
import { readConfig } from '../../server/config/config.js';

const cheap = { N: 2 ** 14, r: 8, p: 1 };

describe('password hashes', () => {
  it('verify the password they were made from and nothing else; each hash has its own salt', async () => {
    const first = await hashPassword('Жалал-Абад 2026!', cheap);
    const second = await hashPassword('Жалал-Абад 2026!', cheap);
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('Жалал-Абад 2026!', first)).toBe(true);
    // The same text in another Unicode form (decomposed "й") is the same password.
    expect(await verifyPassword('Жалал-Абад 2026!'.normalize('NFD'), first)).toBe(true);
    expect(await verifyPassword('Жалал-Абад 2026', first)).toBe(false);
  });

  it('never match a stored value of another form, or one whose cost was tampered with to stall sign-in', async () => {
    const stored = await hashPassword('a good passphrase', cheap);
    for (const bad of [null, '', 'plain', stored.replace('scrypt', 'bcrypt'), stored.replace('$16384$', '$4294967296$'), stored.replace('$8$1$', '$64$1$')]) {
      expect(await verifyPassword('a good passphrase', bad)).toBe(false);
    }
  });

  it('refuse passwords that are too short, too long, or the e-mail or name, in both languages', () => {
    expect(() => checkPasswordRules('short', {})).toThrow(/at least 10.*не короче 10/);
    expect(() => checkPasswordRules('x'.repeat(257), {})).toThrow(/at most 256/);
    expect(() => checkPasswordRules('Aigul@Example.kg', { email: 'aigul@example.kg' })).toThrow(/e-mail or name/);
    expect(() => checkPasswordRules('a long enough passphrase', { email: 'aigul@example.kg' })).not.toThrow();
  });
});

describe('account settings', () => {
  it('mark the session cookie Secure except for plain development on this machine', () => {
    expect(readConfig({}).accounts.secureCookie).toBe(false);
    expect(readConfig({ HOST: 'localhost' }).accounts.secureCookie).toBe(false);
    expect(readConfig({ HOST: '0.0.0.0' }).accounts.secureCookie).toBe(true);
    expect(readConfig({ NODE_ENV: 'production' }).accounts.secureCookie).toBe(true);
  });

  it('hash at OWASP\'s scrypt cost unless told otherwise, and refuse a cost that is not a sensible power of two', () => {
    expect(readConfig({}).accounts.passwordCost).toEqual({ N: 131072, r: 8, p: 1 });
    expect(readConfig({ AIMAK_PASSWORD_SCRYPT_N: '65536' }).accounts.passwordCost.N).toBe(65536);
    expect(() => readConfig({ AIMAK_PASSWORD_SCRYPT_N: '1000' })).toThrow(/power of two/);
    expect(() => readConfig({ AIMAK_PASSWORD_SCRYPT_N: '1024' })).toThrow(/power of two/);
  });
});
