import { describe, expect, it } from 'vitest';
import { graphqlData } from '../support/graphql.js';
import { useSmallWorld } from './small-world.js';

const p = useSmallWorld();
const holders = `query ($id: ID!, $on: LocalDate!) { organisation(id: $id) { postHolders(on: $on, kinds: [HEAD]) { person { id } from to } } }`;
const headOn = async (on: string) => (await graphqlData(holders, { id: `${p}M1`, on })).organisation.postHolders.map((h: any) => h.person.id);

describe('posts with tenure', () => {
  it('answers who headed a municipality on a day, through a handover that does not rewrite history', async () => {
    expect(await headOn('2020-03-01')).toEqual([`${p}P1`]);
    expect(await headOn('2021-03-01')).toEqual([`${p}P1`]); // before the handover is recorded, P1's post has no end

    // The handover: P1's post ends on 30 June 2020, P2 heads M1 from 1 July 2020.
    await graphqlData(`mutation ($id: ID!) { updatePosition(id: $id, input: { to: "2020-06-30" }) { id } }`, { id: `${p}POS-P1` });
    await graphqlData(`mutation ($p: ID!, $o: ID!) { addPosition(input: { personId: $p, organisationId: $o, kind: HEAD, title: "Head", from: "2020-07-01" }) { id } }`, {
      p: `${p}P2`,
      o: `${p}M1`,
    });

    expect(await headOn('2017-12-31')).toEqual([]);
    expect(await headOn('2020-06-30')).toEqual([`${p}P1`]);
    expect(await headOn('2020-07-01')).toEqual([`${p}P2`]);
    expect(await headOn('2021-03-01')).toEqual([`${p}P2`]);

    // Each participation keeps the person who came, with the post they held that day.
    const events = await graphqlData(`query ($e1: ID!, $e3: ID!) {
      e1: event(id: $e1) { participants { participant { ... on Person { id } } representing { id } positionHeld { person { id } title from to } } }
      e3: event(id: $e3) { participants { participant { ... on Person { id } } representing { id } positionHeld { person { id } from } } }
    }`, { e1: `${p}E1`, e3: `${p}E3` });
    const forM1 = (event: any) => event.participants.filter((x: any) => x.representing?.id === `${p}M1`);
    expect(forM1(events.e1)).toEqual([{ participant: { id: `${p}P1` }, representing: { id: `${p}M1` }, positionHeld: { person: { id: `${p}P1` }, title: 'Head', from: '2018-01-01', to: '2020-06-30' } }]);
    expect(forM1(events.e3)).toEqual([{ participant: { id: `${p}P2` }, representing: { id: `${p}M1` }, positionHeld: { person: { id: `${p}P2` }, from: '2020-07-01' } }]);
  });

  it('lists the posts a person held, and knows only the observed day when that is all a source gives', async () => {
    const person = await graphqlData(`{ person(id: "person-kubatov-askat") { positions { kind title observedOn organisation { id } } } }`);
    expect(person.person.positions).toEqual([{ kind: 'DEPUTY_HEAD', title: 'Deputy head of Jeti-Oguz ayil okmotu', observedOn: '2019-07-18', organisation: { id: 'ao-41702210830000' } }]);
    const on = async (day: string) =>
      (await graphqlData(`query ($on: LocalDate!) { organisation(id: "ao-41702210830000") { postHolders(on: $on) { person { id } } } }`, { on: day })).organisation.postHolders;
    expect(await on('2019-07-18')).toEqual([{ person: { id: 'person-kubatov-askat' } }]);
    expect(await on('2020-01-01')).toEqual([]);
  });
});
