import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState, type AppState } from '../../web/src/url-state.js';

describe('the URL holds the view and the selection', () => {
  it('round-trips every part of the state', () => {
    const state: AppState = {
      view: 'map',
      lang: 'en',
      names: 'ru',
      node: 'person-mambetova-asel',
      event: 'event-2019-07-18-karakol-inception',
      expand: ['41704000000000', 'ao-41702210830000'],
      from: 'person-mambetova-asel',
      to: 'person-kubatov-askat',
      hide: ['territory', 'person'],
      area: '41702000000000',
      fphase: 'psi-phase-2',
      fevent: 'event-2019-07-18-karakol-inception',
      phase: 'psi-phase-3',
      since: '2024-08-01',
      programme: 'psi',
      oblast: '41704000000000',
      mapMode: 'overlap',
    };
    const search = serializeState(state);
    expect(search).toBe(
      '?view=map&lang=en&names=ru&node=person-mambetova-asel&event=event-2019-07-18-karakol-inception&expand=41704000000000%2Cao-41702210830000' +
        '&from=person-mambetova-asel&to=person-kubatov-askat&hide=territory%2Cperson&area=41702000000000&fphase=psi-phase-2' +
        '&fevent=event-2019-07-18-karakol-inception&phase=psi-phase-3&since=2024-08-01&programme=psi&oblast=41704000000000&mapmode=overlap',
    );
    expect(parseState(search)).toEqual(state);
  });

  it('keeps links short: defaults are left out, names follow the interface language', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('?view=network&lang=ru');
    expect(parseState('?view=events&lang=en')).toEqual({ ...DEFAULT_STATE, view: 'events', lang: 'en', names: 'en' });
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('ignores what is malformed instead of failing', () => {
    const state = parseState('?view=admin&lang=de&node=<script>&since=yesterday&hide=person,bogus,person&expand=a,,b c');
    expect(state.view).toBe('network');
    expect(state.lang).toBe('ru');
    expect(state.node).toBeNull();
    expect(state.since).toBeNull();
    expect(state.hide).toEqual(['person']);
    expect(state.expand).toEqual(['a']);
  });
});
