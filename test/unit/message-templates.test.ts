import { describe, expect, it } from 'vitest';
import { ImportLanguage, message, word } from '../../server/imports/import-messages.js';
import { wordConfirmMessage } from '../../server/press/confirm-messages.js';

// The import's and the press confirmation's messages are worded by one template mechanism: enumerated values
// (organisation kinds, node types) reach the reader in words of their language, never as API codes.
describe('message templates', () => {
  it('word organisation kinds in the press confirmation as in the import', () => {
    const ru = wordConfirmMessage('KIND_LOCAL_GOVERNMENT', { kind: 'AYIL_OKMOTU' }, ImportLanguage.RU);
    expect(ru).toContain('айыл окмоту');
    expect(ru).not.toContain('AYIL_OKMOTU');
    expect(wordConfirmMessage('KIND_LOCAL_GOVERNMENT', { kind: 'TOWN_ADMINISTRATION' }, ImportLanguage.EN)).toContain('every town administration');
  });

  it('word node types, and mark a missing value', () => {
    expect(wordConfirmMessage('WRONG_TYPE', { id: 'x', type: 'Person', expected: 'Organisation' }, ImportLanguage.EN)).toBe('"x" is a person, not an organisation');
    expect(wordConfirmMessage('END_BEFORE_START', { endDate: null, date: '2024-01-02' }, ImportLanguage.EN)).toBe('the last day … is before the first, 2024-01-02');
  });

  it('leave the import’s own wording as it was', () => {
    expect(word(message('NOT_IN_GRAPH_KIND', { form: 'ОО', kind: 'NGO' }), ImportLanguage.RU)).toBe('нет в графе; вид определён по «ОО»: НКО');
  });
});
