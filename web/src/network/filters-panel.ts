/** Legend (which doubles as the kind filter), area / phase / event filters, and the shortest-path box. */
import type { AreaOption, EventSummary, NameRef, PhaseRef } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { CATEGORIES, type Category } from '../shaping/categories.js';
import { categoryOf } from '../shaping/categories.js';
import { CATEGORY_COLOURS, CATEGORY_LABELS } from '../shaping/colours.js';
import type { PathStep } from '../shaping/path-steps.js';
import { clear, el, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';

export interface PathInfo {
  from: NameRef | null;
  to: NameRef | null;
  status: 'none' | 'loading' | 'found' | 'not-found' | 'error';
  links: number;
  /** The found chain from its start, every node named (empty until found). */
  steps: PathStep[];
}

export interface FiltersData {
  i18n: Translator;
  names: Lang;
  counts: ReadonlyMap<Category, number>;
  hidden: ReadonlySet<Category>;
  areas: Loadable<AreaOption[]>;
  area: string | null;
  phases: PhaseRef[];
  phase: string | null;
  events: Loadable<EventSummary[]>;
  event: string | null;
  filtering: boolean;
  path: PathInfo;
}

export interface FiltersActions {
  setHidden(hidden: Category[]): void;
  setArea(id: string | null): void;
  setPhase(id: string | null): void;
  setEvent(id: string | null): void;
  clearFilters(): void;
  selectNode(id: string): void;
  clearPath(): void;
}

interface SelectField {
  wrapper: HTMLDivElement;
  label: HTMLLabelElement;
  select: HTMLSelectElement;
  optionsKey: string;
}

export class FiltersPanel {
  readonly element: HTMLElement;
  private readonly heading = el('h2', { class: 'panel-title', attrs: { id: uid('filters-title') } });
  private readonly legendTitle = el('legend', { class: 'field-label' });
  private readonly legendList = el('ul', { class: 'legend' });
  private readonly area: SelectField;
  private readonly phase: SelectField;
  private readonly event: SelectField;
  private readonly areaNote = el('p', { class: 'hint' });
  private readonly clearButton: HTMLButtonElement;
  private readonly pathTitle = el('h2', { class: 'panel-title', attrs: { id: uid('path-title') } });
  private readonly pathBody = el('div', { class: 'path-box', attrs: { 'data-testid': 'path-box' } });
  private legendKey = '';
  private pathKey = '';

  constructor(private readonly actions: FiltersActions) {
    this.area = this.selectField((value) => actions.setArea(value || null));
    this.phase = this.selectField((value) => actions.setPhase(value || null));
    this.event = this.selectField((value) => actions.setEvent(value || null));
    this.clearButton = el('button', { class: 'button small', attrs: { type: 'button' }, on: { click: () => actions.clearFilters() } });
    this.element = el(
      'div',
      { class: 'filters' },
      el(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': this.heading.id } },
        this.heading,
        el('fieldset', { class: 'legend-fieldset' }, this.legendTitle, this.legendList),
        this.area.wrapper,
        this.areaNote,
        this.phase.wrapper,
        this.event.wrapper,
        this.clearButton,
      ),
      el('section', { class: 'panel', attrs: { 'aria-labelledby': this.pathTitle.id } }, this.pathTitle, this.pathBody),
    );
  }

  update(data: FiltersData): void {
    const { i18n, names } = data;
    this.heading.textContent = i18n.t('filters');
    this.legendTitle.textContent = i18n.t('kinds');
    this.renderLegend(data);
    this.area.label.textContent = i18n.t('area');
    this.phase.label.textContent = i18n.t('phase');
    this.event.label.textContent = i18n.t('event');
    this.areaNote.textContent = i18n.t('areaNote');
    this.areaNote.hidden = !data.area;
    this.clearButton.textContent = i18n.t('clearFilters');
    this.clearButton.disabled = !data.filtering;

    this.setOptions(this.area, data.areas.status === 'ready' ? this.areaOptions(data.areas.value, names, i18n) : [], i18n.t('anyArea'), data.area, `${names}|${data.areas.status}`);
    this.setOptions(
      this.phase,
      data.phases.map((phase) => ({ value: phase.id, text: `${nameOf(phase, names)} (${phase.startDate?.slice(0, 4) ?? '?'}–${phase.endDate?.slice(0, 4) ?? ''})` })),
      i18n.t('anyPhase'),
      data.phase,
      `${names}|${data.phases.map((phase) => phase.id).join()}`,
    );
    this.setOptions(
      this.event,
      data.events.status === 'ready' ? data.events.value.map((event) => ({ value: event.id, text: `${event.date} · ${nameOf(event, names)}` })) : [],
      i18n.t('anyEvent'),
      data.event,
      `${names}|${data.events.status}`,
    );
    this.renderPath(data);
  }

  destroy(): void {
    this.element.remove();
  }

  private selectField(onChange: (value: string) => void): SelectField {
    const id = uid('filter');
    const label = el('label', { class: 'field-label', attrs: { for: id } });
    const select = el('select', { class: 'select', attrs: { id }, on: { change: () => onChange(select.value) } });
    return { wrapper: el('div', { class: 'field' }, label, select), label, select, optionsKey: '' };
  }

  private areaOptions(areas: AreaOption[], names: Lang, i18n: Translator): { value: string; text: string; group?: string }[] {
    const oblasts = areas.filter((area) => area.level === 'OBLAST');
    const republican = areas.filter((area) => area.level === 'CITY' && area.cityStatus === 'REPUBLICAN');
    const result: { value: string; text: string; group?: string }[] = [];
    for (const city of republican) result.push({ value: city.id, text: nameOf(city, names) });
    for (const oblast of oblasts) {
      const group = `${nameOf(oblast, names)} — ${i18n.enumLabel('OBLAST').toLowerCase()}`;
      result.push({ value: oblast.id, text: `${nameOf(oblast, names)} (${i18n.enumLabel('OBLAST').toLowerCase()})`, group });
      for (const unit of areas) {
        if (unit.parent?.id !== oblast.id) continue;
        if (unit.level === 'RAYON') result.push({ value: unit.id, text: nameOf(unit, names), group });
        else if (unit.level === 'CITY' && unit.cityStatus === 'OBLAST') result.push({ value: unit.id, text: i18n.t('cityUnit', { name: nameOf(unit, names) }), group });
      }
    }
    return result;
  }

  private setOptions(field: SelectField, options: { value: string; text: string; group?: string }[], anyText: string, value: string | null, key: string): void {
    const fullKey = `${key}|${anyText}|${options.length}`;
    if (field.optionsKey !== fullKey) {
      field.optionsKey = fullKey;
      clear(field.select);
      field.select.append(el('option', { text: anyText, attrs: { value: '' } }));
      let group = null as HTMLOptGroupElement | null;
      for (const option of options) {
        const element = el('option', { text: option.text, attrs: { value: option.value } });
        if (option.group) {
          if (group?.label !== option.group) {
            group = el('optgroup', { attrs: { label: option.group } });
            field.select.append(group);
          }
          group.append(element);
        } else {
          group = null;
          field.select.append(element);
        }
      }
    }
    // A value not (yet) among the options still shows, so the URL's choice is never silently dropped.
    if (value && ![...field.select.options].some((option) => option.value === value)) {
      field.select.append(el('option', { text: value, attrs: { value } }));
    }
    field.select.value = value ?? '';
  }

  private renderLegend(data: FiltersData): void {
    const { i18n } = data;
    const key = `${i18n.lang}|${[...data.hidden].join()}|${CATEGORIES.map((category) => data.counts.get(category) ?? 0).join()}`;
    if (key === this.legendKey) return;
    this.legendKey = key;
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.value : null;
    clear(this.legendList);
    for (const category of CATEGORIES) {
      const count = data.counts.get(category) ?? 0;
      if (count === 0 && !data.hidden.has(category)) continue;
      const id = uid('kind');
      const checkbox = el('input', {
        attrs: { type: 'checkbox', id, value: category, checked: !data.hidden.has(category) },
        on: {
          change: () => {
            const hidden = new Set(data.hidden);
            if (checkbox.checked) hidden.delete(category);
            else hidden.add(category);
            this.actions.setHidden(CATEGORIES.filter((item) => hidden.has(item)));
          },
        },
      });
      this.legendList.append(
        el(
          'li',
          {},
          checkbox,
          el(
            'label',
            { attrs: { for: id } },
            el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${CATEGORY_COLOURS[category]}` } }),
            el('span', { text: CATEGORY_LABELS[category][i18n.lang] }),
            el('span', { class: 'count', text: i18n.formatNumber(count) }),
          ),
        ),
      );
      if (focused === category) checkbox.focus();
    }
  }

  private renderPath(data: FiltersData): void {
    const { i18n, names, path } = data;
    const key = [i18n.lang, names, path.from?.id, path.to?.id, path.from?.nameRu, path.to?.nameRu, path.status, path.links, path.steps.map((step) => step.node.id).join(',')].join('|');
    this.pathTitle.textContent = i18n.t('path');
    if (key === this.pathKey) return;
    this.pathKey = key;
    clear(this.pathBody);
    const end = (label: string, entity: NameRef | null) =>
      el(
        'p',
        { class: 'path-end' },
        el('span', { class: 'path-end-label', text: `${label}: ` }),
        entity
          ? el('button', { class: 'link-button', text: nameOf(entity, names), attrs: { type: 'button' }, on: { click: () => this.actions.selectNode(entity.id) } })
          : el('span', { class: 'muted', text: i18n.t('pathNone') }),
      );
    this.pathBody.append(end(i18n.t('pathFrom'), path.from), end(i18n.t('pathTo'), path.to));
    const message =
      path.status === 'loading' ? i18n.t('loading')
      : path.status === 'found' ? i18n.t('pathLength', { count: path.links })
      : path.status === 'not-found' ? i18n.t('pathNotFound')
      : path.status === 'error' ? i18n.t('apiDown')
      : !path.from || !path.to ? i18n.t('pathHint')
      : '';
    if (message) this.pathBody.append(el('p', { class: path.status === 'found' ? 'path-result' : 'hint', text: message, attrs: { role: 'status' } }));
    if (path.status === 'found' && path.steps.length) this.pathBody.append(this.pathStepsList(data));
    if (path.from || path.to) {
      this.pathBody.append(el('button', { class: 'button small', text: i18n.t('clearPath'), attrs: { type: 'button' }, on: { click: () => this.actions.clearPath() } }));
    }
  }

  /** The chain step by step, the start included: each node named (a button that selects it) after the link that reaches it. */
  private pathStepsList(data: FiltersData): HTMLOListElement {
    const { i18n, names, path } = data;
    const list = el('ol', { class: 'path-steps', attrs: { 'data-testid': 'path-steps', 'aria-label': i18n.t('pathSteps') } });
    for (const step of path.steps) {
      const category = categoryOf(step.node.entityType, step.node.kind);
      const item = el('li', { class: 'path-step' });
      if (step.via) {
        const relation = i18n.enumLabel(step.via.type);
        item.append(el('span', { class: 'path-via muted', text: step.via.reversed ? `← ${relation}` : `→ ${relation}` }));
      }
      item.append(
        el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${CATEGORY_COLOURS[category]}` } }),
        el('button', { class: 'link-button', text: nameOf(step.node, names), attrs: { type: 'button' }, on: { click: () => this.actions.selectNode(step.node.id) } }),
      );
      list.append(item);
    }
    return list;
  }
}
