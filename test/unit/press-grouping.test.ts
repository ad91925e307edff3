/**
 * The review list's groups without a browser: the editor's reviews adapted for the server's `groupDrafts`, and each
 * draft's place in the list (alone, the group's lead to confirm, or a member with its reason).
 */
import { describe, expect, it } from 'vitest';
import type { PressReleaseDraft } from '../../web/src/press/press-api.js';
import { groupingInputFromReview, groupReviews } from '../../web/src/shaping/press-grouping.js';
import { changeFinding, reviewFromDraft, type PressReview } from '../../web/src/shaping/press-review.js';

const RU = 'Семинар в Караколе. 18 июля 2019 года в г. Каракол Асель Мамбетова открыла вторую фазу проекта вместе с ГАМСУМО.';
const EN = 'Seminar in Karakol. On 18 July 2019 in Karakol Asel Mambetova opened the second phase of the project with GAMSUMO.';

function review(text: string, language: string, overrides: { date?: string; place?: string; person?: string | null } = {}): PressReview {
  const person = overrides.person === undefined ? 'person-mambetova-asel' : overrides.person;
  const draft: PressReleaseDraft = {
    language,
    text,
    sourceUrl: null,
    publishedOn: null,
    event: {
      title: text.slice(0, 18),
      date: overrides.date ?? '2019-07-18',
      endDate: null,
      place: 'Каракол',
      kind: 'SEMINAR',
      reportedParticipantCount: null,
      placeTerritory: { id: overrides.place ?? '41702410000010' },
      programme: { id: 'psi' },
      phase: { id: 'psi-phase-2' },
    },
    organisations: [{ text: 'ГАМСУМО', start: 0, end: 7, kind: 'GOVERNMENT_AGENCY', status: 'MATCH', match: { id: 'gamsumo' }, candidates: [] }],
    people: [{ text: 'Мамбетова', start: 20, end: 29, name: 'Асель Мамбетова', post: null, organisationText: null, status: person ? 'MATCH' : 'CREATE', match: person ? { id: person } : null, candidates: [] }],
    territories: [],
  };
  return reviewFromDraft(draft);
}

describe('adapting a review for groupDrafts', () => {
  it('passes the date, the place territory and only the findings the editor left matched to a node', () => {
    const base = review(RU, 'ru');
    const person = base.findings.find((finding) => finding.kind === 'PERSON')!;
    const organisation = base.findings.find((finding) => finding.kind === 'ORGANISATION')!;
    const edited = changeFinding(changeFinding(base, person.key, { decision: 'IGNORE' }), organisation.key, { decision: 'CREATE', id: null });
    const input = groupingInputFromReview('3', edited);
    expect(input.key).toBe('3');
    expect(input.text).toBe(RU);
    expect(input.draft.event).toMatchObject({ date: '2019-07-18', placeTerritory: { id: '41702410000010' } });
    expect(input.draft.people).toEqual([]);
    expect(input.draft.organisations).toEqual([{ status: 'CREATE', match: null }]);
    expect(groupingInputFromReview('0', base).draft.people).toEqual([{ status: 'MATCH', match: { id: 'person-mambetova-asel' } }]);
    expect(groupingInputFromReview('0', { ...base, event: { ...base.event, date: '', placeTerritoryId: '' } }).draft.event).toMatchObject({ date: null, placeTerritory: null });
  });
});

describe('grouping the review list', () => {
  it('makes the first draft of one event the lead and names why each other draft joins it', () => {
    const groups = groupReviews([review(RU, 'ru'), null, review(EN, 'en'), review(`${RU} Фото: пресс-служба.`, 'ru'), review(RU, 'ru', { date: '2019-07-19', person: null })]);
    expect(groups[0]).toEqual({ role: 'lead', members: [2, 3] });
    expect(groups[1]).toEqual({ role: 'alone' });
    expect(groups[2]).toEqual({ role: 'member', lead: 0, reason: 'OTHER_LANGUAGE', similarity: 1 });
    expect(groups[3]).toMatchObject({ role: 'member', lead: 0, reason: 'REPRINT' });
    // The same text on another day is another event (a template reused).
    expect(groups[4]).toEqual({ role: 'alone' });
  });

  it('tells a retelling in the same language from a reprint, and keeps other places apart', () => {
    const retold = 'Проект открыл вторую фазу: в Караколе 18 июля 2019 года выступила Асель Мамбетова, пришли представители ГАМСУМО.';
    expect(groupReviews([review(RU, 'ru'), review(retold, 'ru')])[1]).toEqual({ role: 'member', lead: 0, reason: 'RETOLD', similarity: 1 });
    expect(groupReviews([review(RU, 'ru'), review(EN, 'en', { place: '41702215000000' })])).toEqual([{ role: 'alone' }, { role: 'alone' }]);
  });
});
