import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client.js';
import { Run, runFeedback } from '../../web/src/analysis/analysis-run.js';
import { translator, type Lang } from '../../web/src/i18n.js';
import { errorMessage } from '../../web/src/ui/status.js';

/** Every error code the server's own types declare (GraphQL errors and the JSON errors raised before Apollo). */
function serverErrorCodes(): string[] {
  const declared = (file: string, type: string) => {
    const source = readFileSync(new URL(`../../server/${file}`, import.meta.url), 'utf8');
    const union = new RegExp(`export type ${type} =([^;]+);`).exec(source)?.[1];
    if (!union) throw new Error(`${type} not found in server/${file}`);
    return [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]!);
  };
  return [...new Set([...declared('errors.ts', 'ErrorCode'), ...declared('http/http-errors.ts', 'HttpErrorCode'), 'FORBIDDEN', 'UNAUTHENTICATED'])];
}

/** Codes about the input itself: the server's message names the field, so the page shows it as it is. */
const inputCodes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);
const serverMessage = 'limit reached: detail from the server';

async function settled(run: Run): Promise<void> {
  for (let i = 0; i < 5 && run.state?.status === 'loading'; i += 1) await Promise.resolve();
}

describe('the page words every refusal the server can send', () => {
  const codes = serverErrorCodes();

  it('knows the codes it checks (the hardening round added RESOURCE_LIMIT and RATE_LIMITED)', () => {
    expect(codes).toEqual(expect.arrayContaining(['RESOURCE_LIMIT', 'RATE_LIMITED', 'TIMEOUT', 'DATABASE_UNAVAILABLE', 'PAYLOAD_TOO_LARGE']));
  });

  for (const lang of ['en', 'ru'] as Lang[]) {
    it(`in ${lang}: each limit or outage code has its own text, input refusals keep the server's words`, () => {
      const i18n = translator(lang);
      const generic = i18n.t('apiError', { message: serverMessage });
      for (const code of codes) {
        const text = errorMessage(new ApiError('graphql', serverMessage, 200, code), i18n);
        if (inputCodes.has(code) || code === 'INTERNAL_SERVER_ERROR') expect(text, code).toBe(generic);
        else expect(text, code).not.toBe(generic);
      }
      expect(errorMessage(new ApiError('graphql', serverMessage, 200, 'RESOURCE_LIMIT'), i18n)).toBe(i18n.t('apiResourceLimit'));
      expect(errorMessage(new ApiError('graphql', serverMessage, 429, 'RATE_LIMITED'), i18n)).toBe(i18n.t('apiRateLimited'));
    });
  }

  it('differs between Russian and English for every worded code', () => {
    for (const code of codes.filter((c) => !inputCodes.has(c) && c !== 'INTERNAL_SERVER_ERROR')) {
      const error = new ApiError('graphql', serverMessage, 200, code);
      expect(errorMessage(error, translator('ru')), code).not.toBe(errorMessage(error, translator('en')));
    }
  });

  it('shows a console query stopped by the memory limit as a refusal without Retry, in both languages', async () => {
    for (const lang of ['en', 'ru'] as Lang[]) {
      const run = new Run(() => undefined);
      run.start(() => Promise.reject(new ApiError('graphql', 'The query needed more memory than a query may use and was stopped: …', 200, 'RESOURCE_LIMIT')));
      await settled(run);
      const feedback = runFeedback(run, translator(lang));
      expect(feedback.status).toEqual({ kind: 'none' });
      expect(feedback.refusal).toContain('The query needed more memory than a query may use and was stopped');
      expect(feedback.refusal).toMatch(lang === 'ru' ? /памяти/ : /more memory than one query may use/);
    }
  });
});
