import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError, createClient } from '../../web/src/api/client.js';
import { forgetToken, takeToken } from '../../web/src/api/token.js';
import * as queries from '../../web/src/api/queries.js';
import { nameOf, otherNameOf, translator } from '../../web/src/i18n.js';
import { defaultPhase } from '../../web/src/map/map-page.js';
import { adminFeatures } from '../../web/src/shaping/geo.js';
import { graphql } from '../support/graphql.js';

const fetchReturning = (response: () => Response | Promise<Response>) => (async () => response()) as unknown as typeof fetch;

describe('API client', () => {
  it('returns data, and turns every failure into an ApiError the page can explain', async () => {
    const ok = createClient('http://x/graphql', fetchReturning(() => Response.json({ data: { a: 1 } })));
    expect(await ok.request('{ a }')).toEqual({ a: 1 });

    const down = createClient('http://x/graphql', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    await expect(down.request('{ a }')).rejects.toMatchObject({ kind: 'network' });

    const unavailable = createClient('http://x/graphql', fetchReturning(() => new Response('Service Unavailable', { status: 503 })));
    await expect(unavailable.request('{ a }')).rejects.toMatchObject({ kind: 'http', status: 503 });

    const failing = createClient('http://x/graphql', fetchReturning(() => Response.json({ errors: [{ message: 'No such node', extensions: { code: 'NOT_FOUND' } }], data: null })));
    const error = await failing.request('{ a }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'graphql', code: 'NOT_FOUND', message: 'No such node' });
  });

  it('sends the operation and variables as JSON', async () => {
    let sent: { url: string; body: unknown } | undefined;
    const client = createClient('http://x/graphql', (async (url: string, init: RequestInit) => {
      sent = { url, body: JSON.parse(init.body as string) };
      return Response.json({ data: {} });
    }) as unknown as typeof fetch);
    await client.request('query Q($id: ID!) { node(id: $id) { id } }', { id: 'psi' });
    expect(sent).toEqual({ url: 'http://x/graphql', body: { query: 'query Q($id: ID!) { node(id: $id) { id } }', variables: { id: 'psi' }, operationName: 'Q' } });
    await client.request('{ programmes { id } }');
    expect(sent?.body).toEqual({ query: '{ programmes { id } }', variables: {} });
  });
});

describe('sign-in token', () => {
  it('takes the token from a sign-in link, keeps it for the tab, and sends it as a bearer token', async () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value), removeItem: (key: string) => void store.delete(key) };
    expect(takeToken('?view=map', storage)).toBeNull();
    expect(takeToken('?view=map&token=aaa.bbb.ccc', storage)).toBe('aaa.bbb.ccc');
    expect(takeToken('?view=events', storage)).toBe('aaa.bbb.ccc');
    expect(takeToken('?token=<script>', storage)).toBe('aaa.bbb.ccc');
    forgetToken(storage);
    expect(takeToken('', storage)).toBeNull();
    expect(takeToken('?token=aaa.bbb.ccc', null)).toBe('aaa.bbb.ccc');

    let headers: Record<string, string> = {};
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      headers = init.headers as Record<string, string>;
      return Response.json({ data: {} });
    }) as unknown as typeof fetch;
    await createClient('http://x/graphql', fetchImpl, 'aaa.bbb.ccc').request('{ a }');
    expect(headers.authorization).toBe('Bearer aaa.bbb.ccc');
    await createClient('http://x/graphql', fetchImpl).request('{ a }');
    expect(headers.authorization).toBeUndefined();
  });
});

describe('the page’s operations', () => {
  const variables: Record<string, Record<string, unknown>> = {
    PROGRAMMES: {},
    NEIGHBOURHOOD: { id: 'psi', depth: 1, limit: 10 },
    SHORTEST_PATH: { from: 'person-mambetova-asel', to: 'person-kubatov-askat' },
    SEARCH: { text: 'Мамбетова', first: 5 },
    DETAILS: { id: 'person-mambetova-asel' },
    EVENTS: { first: 10, offset: 0 },
    EVENT_DETAIL: { id: 'event-2019-07-18-karakol-inception' },
    AREAS: {},
    AREA_MEMBERS: { id: '41704220000000', offset: 0 },
    ENGAGEMENT: { phaseId: 'psi-phase-1', since: '2016-01-01' },
  };

  for (const [name, operation] of Object.entries(queries)) {
    if (typeof operation !== 'string') continue;
    it(`${name} runs against the API without errors`, async () => {
      expect(variables[name], `variables for ${name}`).toBeDefined();
      const result = await graphql(operation, variables[name]);
      expect(result.errors).toBeUndefined();
    });
  }

  it('asks details for every kind of node in one query', async () => {
    for (const id of ['psi', 'psi-phase-2', 'gamsumo', '41704000000000', 'event-2019-07-18-karakol-inception']) {
      const result = await graphql<{ node: { __typename: string } }>(queries.DETAILS, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).not.toBeNull();
    }
  });
});

describe('interface language and names', () => {
  it('shows names in the chosen language, falling back to the other, then the id', () => {
    expect(nameOf({ id: 'x', nameRu: 'Нарын', nameEn: 'Naryn' }, 'ru')).toBe('Нарын');
    expect(nameOf({ id: 'x', nameRu: 'Нарын', nameEn: 'Naryn' }, 'en')).toBe('Naryn');
    expect(nameOf({ id: 'x', nameRu: 'Нарын', nameEn: null }, 'en')).toBe('Нарын');
    expect(nameOf({ id: 'x', nameRu: ' ', nameEn: null }, 'ru')).toBe('x');
    expect(otherNameOf({ id: 'x', nameRu: 'Нарын', nameEn: 'Naryn' }, 'ru')).toBe('Naryn');
    expect(otherNameOf({ id: 'x', nameRu: 'Naryn', nameEn: 'Naryn' }, 'ru')).toBeNull();
  });

  it('translates texts, enum values, dates and shares', () => {
    const ru = translator('ru');
    const en = translator('en');
    expect(en.t('nodeCount', { nodes: 95, links: 101 })).toBe('95 nodes · 101 links');
    expect(ru.t('nodeCount', { nodes: 95, links: 101 })).toBe('Узлов: 95 · связей: 101');
    expect(ru.enumLabel('AYIL_OKMOTU')).toBe('Айыл окмоту');
    expect(en.enumLabel('UNKNOWN_VALUE')).toBe('UNKNOWN_VALUE');
    expect(en.formatDate('2019-07-18')).toBe('18 Jul 2019');
    expect(ru.formatDate('2019-07-18')).toBe('18 июл. 2019 г.');
    expect(en.formatShare(0.953125)).toBe('95%');
  });
});

describe('map support', () => {
  it('serves an unchanged copy of the OCHA boundaries, with its attribution', () => {
    const hash = (path: string) => createHash('sha256').update(readFileSync(new URL(path, import.meta.url))).digest('hex');
    expect(hash('../../web/public/geo/kg-adm2-ocha-cod-2018-simplified.geojson')).toBe(hash('../../data/reference/kg-adm2-ocha-cod-2018-simplified.geojson'));
    expect(readFileSync(new URL('../../web/public/geo/ATTRIBUTION.md', import.meta.url), 'utf8')).toContain('OCHA / Ministry of Emergency Situations of the Kyrgyz Republic, via HDX');
  });

  it('reads 53 units (40 rayons, 13 cities) wound the way d3 expects, and rewinds one that is not', () => {
    const collection = JSON.parse(readFileSync(new URL('../../web/public/geo/kg-adm2-ocha-cod-2018-simplified.geojson', import.meta.url), 'utf8'));
    const features = adminFeatures(collection);
    expect(features).toHaveLength(53);
    expect(features.filter((feature) => !feature.properties.ADM2_PCODE.endsWith('000000'))).toHaveLength(13);
    expect(features.map((f) => f.geometry)).toEqual(collection.features.map((f: { geometry: unknown }) => f.geometry));

    const square = (ring: number[][]) => ({ type: 'Feature', properties: { ADM2_PCODE: 'KGX', ADM1_PCODE: 'KGY', ADM2_EN: 'x', ADM1_EN: 'y' }, geometry: { type: 'Polygon', coordinates: [ring] } });
    const counterClockwise = [[74, 41], [75, 41], [75, 42], [74, 42], [74, 41]];
    const [rewound] = adminFeatures({ type: 'FeatureCollection', features: [square(counterClockwise)] } as never);
    expect((rewound!.geometry as { coordinates: number[][][] }).coordinates[0]).toEqual([...counterClockwise].reverse());
  });

  it('defaults to the phase running today, else the latest begun', () => {
    const phases = [
      { id: 'p1', number: 1, nameRu: null, nameEn: null, startDate: '2013-11-01', endDate: '2019-04-30' },
      { id: 'p2', number: 2, nameRu: null, nameEn: null, startDate: '2019-05-01', endDate: '2023-04-30' },
      { id: 'p3', number: 3, nameRu: null, nameEn: null, startDate: '2024-08-01', endDate: '2028-07-31' },
    ];
    expect(defaultPhase(phases, '2020-01-01')?.id).toBe('p2');
    expect(defaultPhase(phases, '2023-12-01')?.id).toBe('p2');
    expect(defaultPhase(phases, '2026-11-25')?.id).toBe('p3');
    expect(defaultPhase(phases, '2000-01-01')?.id).toBe('p1');
  });
});
