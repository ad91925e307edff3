/**
 * The press-release editor's rules without a browser: the draft becomes findings and event fields, the editor's
 * changes (another match, "not a mention", a new node, an added finding, another event) become the
 * PressReleaseConfirmInput of the agreed contract, and what is missing blocks it with the field or finding named.
 * The page's operations are checked against schema.graphql where this branch already has them.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { namesOperation, PRESS_RELEASE_DRAFT, PRESS_SEARCH, type PressReleaseDraft } from '../../web/src/press/press-api.js';
import {
  addFinding,
  apiOrganisationKind,
  changeEvent,
  changeFinding,
  confirmInput,
  removeFinding,
  reviewFromDraft,
  summariseReview,
} from '../../web/src/shaping/press-review.js';

const TEXT = 'В Караколе ГАМСУМО и ОО «Ынтымак» провели семинар. Выступил Байдылдаев М.К., заместитель директора ГАМСУМО.';
const at = (part: string, from = 0) => {
  const start = TEXT.indexOf(part, from);
  return { text: part, start, end: start + part.length };
};

const draft: PressReleaseDraft = {
  language: 'ru',
  text: TEXT,
  sourceUrl: null,
  publishedOn: null,
  event: {
    title: 'Семинар в Караколе',
    date: '2019-07-18',
    endDate: null,
    place: 'г. Каракол',
    kind: 'SEMINAR',
    reportedParticipantCount: 71,
    placeTerritory: { id: '41702410000010' },
    programme: { id: 'psi' },
    phase: { id: 'psi-phase-2' },
  },
  organisations: [
    { ...at('ГАМСУМО'), kind: 'GOVERNMENT_AGENCY', status: 'MATCH', match: { id: 'gamsumo' }, candidates: [{ id: 'gamsumo', score: 1, reason: 'name' }] },
    { ...at('ОО «Ынтымак»'), kind: 'NGO', status: 'CREATE', match: null, candidates: [] },
  ],
  people: [
    {
      ...at('Байдылдаев М.К.'),
      name: 'Байдылдаев М.К.',
      post: 'заместитель директора',
      organisationText: 'ГАМСУМО',
      status: 'MATCH',
      match: { id: 'person-baidyldaev-m-k' },
      candidates: [{ id: 'person-baidyldaev-m-k', score: 0.9, reason: 'initials' }, { id: 'person-baidyldaev-k', score: 0.6, reason: 'surname' }],
    },
  ],
  territories: [{ ...at('Караколе'), level: 'CITY', status: 'MATCH', match: { id: '41702410000010' }, candidates: [] }],
};

describe('the review of a draft', () => {
  it('starts from the draft: findings in text order with the draft’s decision, the event as drafted', () => {
    const review = reviewFromDraft(draft, { sourceUrl: 'https://example.org/news/1', publishedOn: '2019-07-19' });
    expect(review.findings.map((finding) => [finding.key, finding.decision, finding.id])).toEqual([
      [`TERRITORY:${at('Караколе').start}:${at('Караколе').end}`, 'MATCH', '41702410000010'],
      [`ORGANISATION:${at('ГАМСУМО').start}:${at('ГАМСУМО').end}`, 'MATCH', 'gamsumo'],
      [`ORGANISATION:${at('ОО «Ынтымак»').start}:${at('ОО «Ынтымак»').end}`, 'CREATE', null],
      [`PERSON:${at('Байдылдаев М.К.').start}:${at('Байдылдаев М.К.').end}`, 'MATCH', 'person-baidyldaev-m-k'],
    ]);
    expect(review.event).toEqual({
      existingEventId: null, title: 'Семинар в Караколе', date: '2019-07-18', endDate: '', kind: 'SEMINAR', place: 'г. Каракол',
      placeTerritoryId: '41702410000010', phaseId: 'psi-phase-2', participantCount: '71',
    });
    expect(review.sourceUrl).toBe('https://example.org/news/1');
    expect(summariseReview(review)).toEqual({ title: 'Семинар в Караколе', date: '2019-07-18', place: 'г. Каракол', organisations: 2, people: 1, territories: 1 });
  });

  it('builds the confirm input of the contract from an untouched draft', () => {
    const { input, problems } = confirmInput(reviewFromDraft(draft, { sourceUrl: 'https://example.org/news/1', publishedOn: '2019-07-19' }));
    expect(problems).toEqual([]);
    expect(input).toEqual({
      text: TEXT,
      sourceUrl: 'https://example.org/news/1',
      publishedOn: '2019-07-19',
      language: 'ru',
      event: { title: 'Семинар в Караколе', date: '2019-07-18', kind: 'SEMINAR', place: 'г. Каракол', placeTerritoryId: '41702410000010', phaseId: 'psi-phase-2', reportedParticipantCount: 71 },
      organisations: [
        { ...at('ГАМСУМО'), decision: 'MATCH', id: 'gamsumo', role: 'PARTICIPANT' },
        { ...at('ОО «Ынтымак»'), decision: 'CREATE', name: 'ОО «Ынтымак»', kind: 'NGO', role: 'PARTICIPANT' },
      ],
      people: [{ ...at('Байдылдаев М.К.'), decision: 'MATCH', id: 'person-baidyldaev-m-k', post: 'заместитель директора', organisationText: 'ГАМСУМО', role: 'PARTICIPANT' }],
    });
  });

  it('sends the editor’s decisions: another match, not a mention, a corrected new name and kind, a role', () => {
    let review = reviewFromDraft(draft);
    const [, gamsumo, ngo, person] = review.findings;
    review = changeFinding(review, person!.key, { id: 'person-baidyldaev-k', role: 'SPEAKER', post: 'зам. директора' });
    review = changeFinding(review, ngo!.key, { name: 'Общественное объединение «Ынтымак»', subtype: 'GOVERNMENT_AGENCY', role: 'ORGANISER' });
    review = changeFinding(review, gamsumo!.key, { decision: 'IGNORE' });
    const { input } = confirmInput(review);
    expect(input!.organisations).toEqual([
      { ...at('ГАМСУМО'), decision: 'IGNORE' },
      { ...at('ОО «Ынтымак»'), decision: 'CREATE', name: 'Общественное объединение «Ынтымак»', kind: 'GOVERNMENT_AGENCY', role: 'ORGANISER' },
    ]);
    // ГАМСУМО is "not a mention", so the person cannot be said to represent it.
    expect(input!.people).toEqual([{ ...at('Байдылдаев М.К.'), decision: 'MATCH', id: 'person-baidyldaev-k', post: 'зам. директора', role: 'SPEAKER' }]);
  });

  it('sends an existing organisation a person represents by id when the release does not name it', () => {
    let review = reviewFromDraft(draft);
    const person = review.findings[3]!;
    review = changeFinding(review, person.key, { organisationText: null, organisationId: 'oblast-admin-41702000000000' });
    expect(confirmInput(review).input!.people[0]).toEqual({ ...at('Байдылдаев М.К.'), decision: 'MATCH', id: 'person-baidyldaev-m-k', post: 'заместитель директора', organisationId: 'oblast-admin-41702000000000', role: 'PARTICIPANT' });
    // An organisation of the release, when chosen, goes by its text instead.
    review = changeFinding(review, person.key, { organisationText: 'ГАМСУМО' });
    expect(confirmInput(review).input!.people[0]).toMatchObject({ organisationText: 'ГАМСУМО' });
    expect(confirmInput(review).input!.people[0]).not.toHaveProperty('organisationId');
  });

  it('keeps a node found by search among the finding’s candidates', () => {
    let review = reviewFromDraft(draft);
    const ngo = review.findings[2]!;
    review = changeFinding(review, ngo.key, { decision: 'MATCH', id: 'ngo-yntymak', candidate: { id: 'ngo-yntymak', score: 0.8, reason: 'search' } });
    expect(review.findings[2]!.candidates).toEqual([{ id: 'ngo-yntymak', score: 0.8, reason: 'search' }]);
    expect(confirmInput(review).input!.organisations[1]).toEqual({ ...at('ОО «Ынтымак»'), decision: 'MATCH', id: 'ngo-yntymak', role: 'PARTICIPANT' });
  });

  it('adds a finding selected in the text (offsets without the spaces around it) or typed (no offsets), and removes it again', () => {
    let review = reviewFromDraft(draft);
    const start = TEXT.indexOf('семинар');
    const selected = addFinding(review, 'ORGANISATION', ' семинар ', start - 1, start + 8);
    review = selected.review;
    const typed = addFinding(review, 'PERSON', 'Асель Мамбетова', null, null);
    review = changeFinding(typed.review, typed.key, { organisationText: 'семинар', post: 'руководитель' });
    expect(review.findings.find((finding) => finding.key === selected.key)).toMatchObject({ text: 'семинар', start, end: start + 7, decision: 'CREATE', fromDraft: false });
    const { input } = confirmInput(review);
    expect(input!.organisations.at(-1)).toEqual({ text: 'семинар', start, end: start + 7, decision: 'CREATE', name: 'семинар', kind: 'OTHER', role: 'PARTICIPANT' });
    expect(input!.people.at(-1)).toEqual({ text: 'Асель Мамбетова', start: null, end: null, decision: 'CREATE', name: 'Асель Мамбетова', post: 'руководитель', organisationText: 'семинар', role: 'PARTICIPANT' });
    review = removeFinding(review, selected.key);
    expect(review.findings.some((finding) => finding.key === selected.key)).toBe(false);
    // A finding of the draft is never removed, only marked "not a mention".
    expect(removeFinding(review, review.findings[0]!.key).findings).toHaveLength(review.findings.length);
  });

  it('records against an existing event with its id only', () => {
    const review = changeEvent(reviewFromDraft(draft), { existingEventId: 'event-2019-07-18-karakol', title: '', date: '' });
    expect(confirmInput(review).input!.event).toEqual({ existingEventId: 'event-2019-07-18-karakol' });
    // The existing event chosen as the way, but no event chosen yet.
    expect(confirmInput(changeEvent(review, { existingEventId: '' })).problems).toEqual([{ code: 'EVENT_FIELD_MISSING', field: 'existingEventId' }]);
  });

  it('names what blocks the confirmation: missing or invalid event fields, a match without a node, a new node without a name', () => {
    let review = changeEvent(reviewFromDraft(draft), { title: ' ', date: '2019-02-30', endDate: '2019-01-01', phaseId: '', participantCount: 'seventy' });
    const [, , ngo, person] = review.findings;
    review = changeFinding(review, ngo!.key, { name: '  ' });
    review = changeFinding(review, person!.key, { id: null });
    const { input, problems } = confirmInput(review);
    expect(input).toBeNull();
    expect(problems).toEqual([
      { code: 'EVENT_FIELD_MISSING', field: 'title' },
      { code: 'EVENT_FIELD_INVALID', field: 'date' },
      { code: 'EVENT_FIELD_MISSING', field: 'phaseId' },
      { code: 'EVENT_FIELD_INVALID', field: 'participantCount' },
      { code: 'CREATE_WITHOUT_NAME', key: ngo!.key, text: 'ОО «Ынтымак»' },
      { code: 'MATCH_WITHOUT_NODE', key: person!.key, text: 'Байдылдаев М.К.' },
    ]);
    const reversed = confirmInput(changeEvent(reviewFromDraft(draft), { endDate: '2019-07-17' }));
    expect(reversed.problems).toEqual([{ code: 'END_BEFORE_START' }]);
    expect(confirmInput(changeEvent(reviewFromDraft(draft), { endDate: '2019-07-19' })).input!.event.endDate).toBe('2019-07-19');
  });

  it('sends the graph’s organisation kinds as they are, and anything else as OTHER', () => {
    expect(apiOrganisationKind('NGO')).toBe('NGO');
    expect(apiOrganisationKind('LOCAL_COUNCIL')).toBe('LOCAL_COUNCIL');
    expect(apiOrganisationKind('VILLAGE')).toBe('OTHER');
    expect(apiOrganisationKind('AYIL_OKMOTU')).toBe('AYIL_OKMOTU');
    expect(apiOrganisationKind(null)).toBe('OTHER');
  });
});

describe('the page’s press operations', () => {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  it.each([
    ['PressReleaseDraft', PRESS_RELEASE_DRAFT],
    ['PressSearch', PRESS_SEARCH],
    ['PressNames', namesOperation(3)],
  ])('%s is valid against schema.graphql', (_name, operation) => {
    expect(validate(schema, parse(operation))).toEqual([]);
  });
});
