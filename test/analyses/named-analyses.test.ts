import { describe, expect, it } from 'vitest';
import { graphqlData, graphqlError } from '../support/graphql.js';
import { useSmallWorld } from './small-world.js';

const p = useSmallWorld();
const run = `query ($name: String!, $parameters: JSONObject) { runAnalysis(name: $name, parameters: $parameters) { columns rows graph { nodes { id } edges { source target } } } }`;
const rowsOf = async (name: string, parameters: Record<string, unknown>) => (await graphqlData(run, { name, parameters })).runAnalysis;

describe('named analyses', () => {
  it('lists every analysis with its parameters and columns', async () => {
    const data = await graphqlData(`{ analyses { name title description parameters { name type required defaultValue min max allowedValues } columns } }`);
    expect(data.analyses.map((a: any) => a.name)).toEqual([
      'brokers', 'most-connected', 'engaged-once', 'rayon-administration-without-municipalities', 'common-events', 'reachable-from-donor',
    ]);
    const reachable = data.analyses.find((a: any) => a.name === 'reachable-from-donor');
    expect(reachable.parameters).toContainEqual({ name: 'maxSteps', type: 'INTEGER', required: false, defaultValue: 3, min: 1, max: 8, allowedValues: null });
  });

  it('brokers: the one person linking two otherwise separate groups, with betweenness 16/28', async () => {
    const result = await rowsOf('brokers', { phaseId: `${p}PH2` });
    // 9 nodes (2 events, 7 people); BRIDGE lies on every path between the 4 nodes of each side: 16 of 28 pairs.
    expect(result.rows).toEqual([
      { rank: 1, id: `${p}X-BRIDGE`, entityType: 'Person', kind: null, nameRu: null, nameEn: 'BRIDGE', betweenness: 0.571429, links: 2 },
    ]);
    expect(result.graph.nodes.map((n: any) => n.id).sort()).toEqual([`${p}E4`, `${p}E5`, `${p}X-BRIDGE`]);
  });

  it('most connected per kind, within a phase', async () => {
    const result = await rowsOf('most-connected', { phaseId: `${p}PH1`, first: 2 });
    const byKind = (kind: string) => result.rows.filter((r: any) => r.kind === kind).map((r: any) => [r.rank, r.id, r.links, r.events]);
    // B spoke at E2 and E3; P1 took part in E1 and holds a post; P2, P3 once (P3 also holds a post).
    expect(byKind('PERSON')).toEqual([[1, `${p}B`, 2, 2], [2, `${p}P1`, 2, 1]]);
    // M1 took part in E2 and governs nothing counted here; M2 in E1.
    expect(byKind('AYIL_OKMOTU')).toEqual([[1, `${p}M1`, 2, 1], [2, `${p}M2`, 1, 1]]);
    expect(byKind('RAYON_ADMINISTRATION')).toEqual([[1, `${p}RA2`, 1, 1]]);
    const onlyPeople = await rowsOf('most-connected', { phaseId: `${p}PH1`, kind: 'PERSON', first: 1 });
    expect(onlyPeople.rows.map((r: any) => r.id)).toEqual([`${p}B`]);
  });

  it('says why it returned fewer rows than asked: the phase left one broker; a kind has fewer stakeholders; none asked-for is short', async () => {
    const shortfallRun = `query ($name: String!, $parameters: JSONObject) { runAnalysis(name: $name, parameters: $parameters) { rows shortfall { code asked returned withoutFilter } } }`;
    const shortfallOf = async (name: string, parameters: Record<string, unknown>) => (await graphqlData(shortfallRun, { name, parameters })).runAnalysis;
    const inPhase = await shortfallOf('brokers', { phaseId: `${p}PH2`, first: 10 });
    expect(inPhase.rows).toHaveLength(1);
    expect(inPhase.shortfall).toMatchObject({ code: 'FILTER_REMOVED', asked: 10, returned: 1 });
    // Without the phase the whole network has more brokers: the filter, not the network, removed them.
    expect(inPhase.shortfall.withoutFilter).toBeGreaterThan(1);
    expect((await shortfallOf('brokers', { phaseId: `${p}PH2`, first: 1 })).shortfall).toBeNull();
    // A phase with no events: none qualify there, while the whole network has brokers.
    const none = (await shortfallOf('brokers', { phaseId: `${p}NO-SUCH-PHASE`, first: 3 })).shortfall;
    expect(none).toMatchObject({ code: 'NONE_QUALIFY', asked: 3, returned: 0 });
    expect(none.withoutFilter).toBe(inPhase.shortfall.withoutFilter);
    // One rayon administration took part in PH1, five were asked for.
    const rayons = await shortfallOf('most-connected', { phaseId: `${p}PH1`, kind: 'RAYON_ADMINISTRATION', first: 5 });
    expect(rayons.shortfall).toMatchObject({ code: 'FILTER_REMOVED', asked: 5, returned: 1 });
    // Without a kind, "first" is per kind and no single shortfall applies.
    expect((await shortfallOf('most-connected', { phaseId: `${p}PH1`, first: 5 })).shortfall).toBeNull();
  });

  it('engaged once and never again: M2 came to E1 only; M1 came three times (itself or through its heads)', async () => {
    const result = await rowsOf('engaged-once', { programmeId: `${p}P`, territoryId: `${p}O` });
    expect(result.rows.map((r: any) => [r.municipalityId, r.eventId, r.date])).toEqual([[`${p}M2`, `${p}E1`, '2020-02-10']]);
  });

  it('rayons whose administration engaged but none of its municipalities did: R2 only', async () => {
    const result = await rowsOf('rayon-administration-without-municipalities', { phaseId: `${p}PH1` });
    expect(result.rows).toEqual([
      { rayonId: `${p}R2`, nameRu: null, nameEn: 'R2', oblast: 'Test oblast', administrationId: `${p}RA2`, administrationEvents: 1, municipalities: 1 },
    ]);
    const later = await rowsOf('rayon-administration-without-municipalities', { phaseId: `${p}PH1`, since: '2020-03-01' });
    expect(later.rows).toEqual([]);
  });

  it('common events of a person and a municipality, counting its representatives', async () => {
    const result = await rowsOf('common-events', { firstId: `${p}B`, secondId: `${p}M1` });
    expect(result.rows.map((r: any) => [r.eventId, r.firstRoles, r.secondRoles])).toEqual([
      [`${p}E2`, ['SPEAKER'], ['PARTICIPANT']],
      [`${p}E3`, ['SPEAKER'], ['PARTICIPANT']],
    ]);
  });

  it('stakeholders reachable within N steps of the donor', async () => {
    const three = await rowsOf('reachable-from-donor', { donorId: `${p}D`, maxSteps: 3 });
    // D → P (programme) → C (implements) → I (its member) and P3 (who represented C at E1);
    // events are 3 steps away, so their other participants are 4.
    expect(three.rows.map((r: any) => [r.steps, r.id])).toEqual([[2, `${p}C`], [3, `${p}I`], [3, `${p}P3`]]);
    const four = await rowsOf('reachable-from-donor', { donorId: `${p}D`, maxSteps: 4 });
    expect(four.rows.filter((r: any) => r.steps === 4).map((r: any) => r.id).sort()).toEqual(
      [`${p}B`, `${p}M1`, `${p}M2`, `${p}P1`, `${p}P2`, `${p}RA2`, `${p}X-A1`, `${p}X-A2`, `${p}X-A3`, `${p}X-B1`, `${p}X-B2`, `${p}X-B3`, `${p}X-BRIDGE`].sort(),
    );
    expect(four.graph.nodes.map((n: any) => n.id)).toContain(`${p}D`);
  });

  it('refuses unknown analyses and bad parameters, naming them', async () => {
    expect((await graphqlError(run, { name: 'nope' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await graphqlError(run, { name: 'common-events', parameters: { firstId: 'a' } })).extensions).toMatchObject({ field: 'parameters.secondId' });
    expect((await graphqlError(run, { name: 'brokers', parameters: { first: 1000 } })).extensions).toMatchObject({ field: 'parameters.first' });
    expect((await graphqlError(run, { name: 'brokers', parameters: { first: '3' } })).extensions).toMatchObject({ field: 'parameters.first' });
    expect((await graphqlError(run, { name: 'brokers', parameters: { depth: 3 } })).extensions).toMatchObject({ field: 'parameters.depth' });
    expect((await graphqlError(run, { name: 'most-connected', parameters: { kind: 'BANK' } })).extensions).toMatchObject({ field: 'parameters.kind' });
    expect((await graphqlError(run, { name: 'rayon-administration-without-municipalities', parameters: { phaseId: 'x', since: '2020-13-01' } })).extensions)
      .toMatchObject({ field: 'parameters.since' });
    expect((await graphqlError(run, { name: 'reachable-from-donor', parameters: { donorId: 'nobody' } })).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
