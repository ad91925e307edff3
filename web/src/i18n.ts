/** Interface texts in English and Russian, and the choice of which name of an entity to show. */

export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];

const en = {
  appTitle: 'Aimak Graph',
  appSubtitle: 'Stakeholders of local-governance programmes',
  tabNetwork: 'Network',
  tabEvents: 'Events',
  tabMap: 'Engagement map',
  tabAnalysis: 'Analysis',
  tabImport: 'Import',
  views: 'Views',
  interfaceLanguage: 'Interface',
  namesLanguage: 'Names',
  langRu: 'RU',
  langEn: 'EN',
  langRuFull: 'Russian',
  langEnFull: 'English',
  loading: 'Loading…',
  retry: 'Retry',
  apiDown: 'The API cannot be reached. Check that the server is running, then retry.',
  apiHttp: 'The API answered with an error (HTTP {status}).',
  apiError: 'The API returned an error: {message}',
  apiAuth: 'The API refused the request: sign in again with a valid sign-in link (…/?token=…), or ask for anonymous reading to be allowed (AIMAK_ANONYMOUS_ROLE=viewer).',
  apiRateLimited: 'Too many failed sign-ins came from your address, so the server refuses requests for a while. Wait a minute, then open a valid sign-in link (…/?token=…).',
  apiDatabaseDown: 'The server is running but its database cannot be reached right now; nothing was changed. Retry in a moment.',
  apiTimedOut: 'The server stopped the request for taking too long. Retry, or ask for less at once.',
  apiResourceLimit: 'The server stopped the request because it needed more memory than one request may use. Ask for less at once.',
  apiLinkInvalid: 'This link is unknown, already used or expired. Ask an admin for a new one.',
  apiTooLarge: 'The request is larger than the server accepts. Send less at once (a smaller file or fewer rows).',
  apiBadRequest: 'The server could not read the request the page sent. Reload the page and try again.',
  signOut: 'Sign out',
  // network
  search: 'Search',
  searchPlaceholder: 'Name in Russian, English or transliterated',
  searchHint: 'Type at least two letters; ↑ ↓ to choose, Enter to open.',
  searchNoResults: 'Nothing found for “{text}”.',
  searchResults: '{count} results',
  filters: 'Filters',
  kinds: 'Kinds (legend)',
  area: 'Oblast or rayon',
  anyArea: 'Whole country',
  phase: 'Programme phase',
  anyPhase: 'All phases',
  event: 'Event',
  anyEvent: 'All events',
  clearFilters: 'Clear filters',
  areaNote: 'People, programmes, phases and donors have no territory and stay visible.',
  path: 'Shortest path',
  pathFrom: 'From',
  pathTo: 'To',
  pathNone: 'not chosen',
  pathHint: 'Pick two nodes with “Path from here” and “Path to here”.',
  pathLength: '{count} links',
  pathNotFound: 'These two nodes are not connected.',
  clearPath: 'Clear path',
  nodesList: 'Nodes in view',
  nodesListMore: 'Showing the {shown} most linked of {total}. Use search for the others.',
  nodeCount: '{nodes} nodes · {links} links',
  truncated: 'The network was cut at the node limit.',
  canvasLabel: 'Network of {nodes} stakeholders and {links} links. Use the list of nodes or the search box to select one.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit the network',
  canvasKeys: 'Arrows pan, + and − zoom, 0 fits, Esc clears the selection.',
  layoutRunning: 'Arranging the network…',
  details: 'Details',
  detailsEmpty: 'Select a node in the network, the list or the search results.',
  notInView: 'Hidden by the current filters.',
  expand: 'Expand neighbours',
  expanded: 'Neighbours shown',
  pathFromHere: 'Path from here',
  pathToHere: 'Path to here',
  showEvent: 'Show in events',
  showOnMap: 'Show on map',
  names: 'Names',
  otherNames: 'Other names',
  kind: 'Kind',
  territory: 'Territory',
  partOf: 'Part of',
  governedBy: 'Governed by',
  posts: 'Posts held',
  postsIn: 'Posts in it',
  eventsTakenPart: 'Events taken part in',
  representing: 'representing {name}',
  links: 'Links',
  noLinks: 'No links in the loaded network.',
  memberOf: 'Member of',
  members: 'Members',
  date: 'Date',
  dates: 'Dates',
  place: 'Place',
  hosts: 'Hosts',
  budget: 'Budget',
  regions: 'Oblasts',
  funders: 'Funders',
  implementers: 'Implementers',
  projectNumber: 'SDC project number',
  phases: 'Phases',
  soate: 'SOATE code',
  since: 'since {date}',
  until: 'until {date}',
  observed: 'observed {date}',
  datesUnknown: 'dates unknown',
  noneRecorded: 'None recorded.',
  // events
  timeline: 'Timeline of events',
  eventsList: 'Events',
  eventsEmpty: 'No events recorded yet.',
  chooseEvent: 'Choose an event on the timeline or in the list.',
  reported: 'reported participants',
  namedPeople: 'people named',
  notNamed: 'not named individually',
  organisationsTookPart: 'organisations took part',
  participantsTitle: 'Who took part',
  participantColumn: 'Participant',
  roleColumn: 'Role',
  representingColumn: 'Representing',
  people: 'People (named)',
  organisations: 'Organisations',
  noPeople: 'No person is named.',
  bipartiteLabel: 'Participants of {name}: {people} named people on the left, {orgs} organisations on the right; lines join people to the organisation they represented.',
  phaseN: 'Phase {number}',
  columnDate: 'Date',
  columnName: 'Event',
  columnKind: 'Kind',
  columnPlace: 'Place',
  columnReported: 'Reported',
  columnNamed: 'Named',
  // map
  mapTitle: 'Municipalities engaged, by rayon',
  mapPhase: 'Phase',
  mapSince: 'Engaged since',
  mapSinceHint: 'Leave empty to count the whole phase.',
  mapLabel: 'Map of the rayons of Kyrgyzstan coloured by the share of municipalities engaged in {phase}.',
  mapLegend: 'Share of municipalities engaged',
  mapNoMunicipalities: 'no municipality',
  mapCitiesNote: 'Bishkek and Osh are cities of republican significance; the boundary layer has no shape for them, so they are drawn as circles.',
  attribution: 'Boundaries: OCHA / Ministry of Emergency Situations of the Kyrgyz Republic, via HDX (CC BY-IGO), 2018.',
  engagedOf: '{engaged} of {total} engaged',
  engagedCount: 'Engaged: {count}',
  notEngagedCount: 'Not engaged: {count}',
  share: 'Share',
  oblast: 'Oblast',
  oblastsTable: 'Engagement by oblast',
  engaged: 'Engaged',
  notEngaged: 'Not engaged',
  total: 'Total',
  unengagedTitle: 'Municipalities not yet engaged',
  unengagedCount: '{count} municipalities not engaged',
  unengagedNone: 'Every municipality engaged.',
  downloadCsv: 'Download CSV',
  showAll: 'Show all',
  onlyUnit: 'Showing {name} only.',
  cityUnit: '{name} (city)',
  noRayon: 'Cities of oblast significance',
  geoError: 'The map boundaries could not be loaded.',
  // Network explorer: path steps, show neighbours, picture export (issue 15 §4).
  pathSteps: 'The path step by step',
  expandAdded: 'Added {nodes} nodes and {links} links.',
  expandAddedNothing: 'Nothing new: every neighbour is already shown.',
  exportPng: 'Download PNG',
  exportSvg: 'Download SVG',
  exportTitle: 'Aimak Graph: stakeholder network',
  exportDate: 'As of {date}',
  exportNodes: '{nodes} nodes, {links} links',
} as const;

export type TextKey = keyof typeof en;

const ru: Record<TextKey, string> = {
  appTitle: 'Aimak Graph',
  appSubtitle: 'Участники программ местного самоуправления',
  tabNetwork: 'Сеть',
  tabEvents: 'Мероприятия',
  tabMap: 'Карта охвата',
  tabAnalysis: 'Анализ',
  tabImport: 'Импорт',
  views: 'Виды',
  interfaceLanguage: 'Интерфейс',
  namesLanguage: 'Названия',
  langRu: 'RU',
  langEn: 'EN',
  langRuFull: 'русский',
  langEnFull: 'английский',
  loading: 'Загрузка…',
  retry: 'Повторить',
  apiDown: 'API недоступен. Проверьте, что сервер запущен, и повторите.',
  apiHttp: 'API ответил ошибкой (HTTP {status}).',
  apiError: 'API вернул ошибку: {message}',
  apiAuth: 'API отклонил запрос: войдите заново по действующей ссылке для входа (…/?token=…) или попросите разрешить анонимный просмотр (AIMAK_ANONYMOUS_ROLE=viewer).',
  apiRateLimited: 'С вашего адреса было слишком много неудачных попыток входа, поэтому сервер на время отклоняет запросы. Подождите минуту и откройте действующую ссылку для входа (…/?token=…).',
  apiDatabaseDown: 'Сервер работает, но его база данных сейчас недоступна; ничего не изменено. Повторите чуть позже.',
  apiTimedOut: 'Сервер остановил запрос: он выполнялся слишком долго. Повторите или запросите меньше за раз.',
  apiResourceLimit: 'Сервер остановил запрос: ему нужно больше памяти, чем разрешено одному запросу. Запросите меньше за раз.',
  apiLinkInvalid: 'Ссылка неизвестна, уже использована или устарела. Попросите администратора о новой.',
  apiTooLarge: 'Запрос больше, чем принимает сервер. Отправьте меньше за раз (файл поменьше или меньше строк).',
  apiBadRequest: 'Сервер не смог прочитать запрос, отправленный страницей. Перезагрузите страницу и попробуйте снова.',
  signOut: 'Выйти',
  search: 'Поиск',
  searchPlaceholder: 'Имя по-русски, по-английски или латиницей',
  searchHint: 'Введите хотя бы две буквы; ↑ ↓ — выбор, Enter — открыть.',
  searchNoResults: 'По запросу «{text}» ничего не найдено.',
  searchResults: 'Найдено: {count}',
  filters: 'Фильтры',
  kinds: 'Типы (легенда)',
  area: 'Область или район',
  anyArea: 'Вся страна',
  phase: 'Фаза программы',
  anyPhase: 'Все фазы',
  event: 'Мероприятие',
  anyEvent: 'Все мероприятия',
  clearFilters: 'Сбросить фильтры',
  areaNote: 'Люди, программы, фазы и доноры не привязаны к территории и остаются видны.',
  path: 'Кратчайший путь',
  pathFrom: 'От',
  pathTo: 'До',
  pathNone: 'не выбрано',
  pathHint: 'Выберите два узла кнопками «Путь отсюда» и «Путь сюда».',
  pathLength: 'Связей: {count}',
  pathNotFound: 'Эти узлы не связаны.',
  clearPath: 'Сбросить путь',
  nodesList: 'Узлы на схеме',
  nodesListMore: 'Показаны {shown} самых связанных из {total}. Остальные — через поиск.',
  nodeCount: 'Узлов: {nodes} · связей: {links}',
  truncated: 'Сеть обрезана по лимиту узлов.',
  canvasLabel: 'Сеть из {nodes} участников и {links} связей. Выберите узел в списке или через поиск.',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  zoomFit: 'Показать всю сеть',
  canvasKeys: 'Стрелки — сдвиг, + и − — масштаб, 0 — вся сеть, Esc — снять выбор.',
  layoutRunning: 'Раскладка сети…',
  details: 'Подробности',
  detailsEmpty: 'Выберите узел на схеме, в списке или в результатах поиска.',
  notInView: 'Скрыт текущими фильтрами.',
  expand: 'Показать соседей',
  expanded: 'Соседи показаны',
  pathFromHere: 'Путь отсюда',
  pathToHere: 'Путь сюда',
  showEvent: 'Открыть в мероприятиях',
  showOnMap: 'Показать на карте',
  names: 'Названия',
  otherNames: 'Другие написания',
  kind: 'Тип',
  territory: 'Территория',
  partOf: 'Входит в',
  governedBy: 'Орган управления',
  posts: 'Должности',
  postsIn: 'Должности в организации',
  eventsTakenPart: 'Участие в мероприятиях',
  representing: 'от {name}',
  links: 'Связи',
  noLinks: 'Нет связей в загруженной сети.',
  memberOf: 'Входит в состав',
  members: 'Участники консорциума',
  date: 'Дата',
  dates: 'Сроки',
  place: 'Место',
  hosts: 'Принимающая сторона',
  budget: 'Бюджет',
  regions: 'Области',
  funders: 'Финансирование',
  implementers: 'Исполнители',
  projectNumber: 'Номер проекта SDC',
  phases: 'Фазы',
  soate: 'Код СОАТЕ',
  since: 'с {date}',
  until: 'по {date}',
  observed: 'на {date}',
  datesUnknown: 'сроки неизвестны',
  noneRecorded: 'Нет данных.',
  timeline: 'Хронология мероприятий',
  eventsList: 'Мероприятия',
  eventsEmpty: 'Мероприятий пока нет.',
  chooseEvent: 'Выберите мероприятие на шкале или в списке.',
  reported: 'участников по данным организаторов',
  namedPeople: 'человек названы по имени',
  notNamed: 'не названы поимённо',
  organisationsTookPart: 'организаций участвовали',
  participantsTitle: 'Кто участвовал',
  participantColumn: 'Участник',
  roleColumn: 'Роль',
  representingColumn: 'Представлял(а)',
  people: 'Люди (названы)',
  organisations: 'Организации',
  noPeople: 'Никто не назван по имени.',
  bipartiteLabel: 'Участники мероприятия «{name}»: слева {people} названных людей, справа {orgs} организаций; линии соединяют людей с организациями, которые они представляли.',
  phaseN: 'Фаза {number}',
  columnDate: 'Дата',
  columnName: 'Мероприятие',
  columnKind: 'Тип',
  columnPlace: 'Место',
  columnReported: 'Заявлено',
  columnNamed: 'Названы',
  mapTitle: 'Охват муниципалитетов по районам',
  mapPhase: 'Фаза',
  mapSince: 'Охвачены с',
  mapSinceHint: 'Оставьте пустым, чтобы учесть всю фазу.',
  mapLabel: 'Карта районов Кыргызстана, цвет — доля муниципалитетов, охваченных в фазе «{phase}».',
  mapLegend: 'Доля охваченных муниципалитетов',
  mapNoMunicipalities: 'нет муниципалитетов',
  mapCitiesNote: 'Бишкек и Ош — города республиканского значения; в слое границ их нет, поэтому они показаны кругами.',
  attribution: 'Границы: OCHA / Министерство чрезвычайных ситуаций Кыргызской Республики, через HDX (CC BY-IGO), 2018.',
  engagedOf: 'охвачено {engaged} из {total}',
  engagedCount: 'Охвачено: {count}',
  notEngagedCount: 'Не охвачено: {count}',
  share: 'Доля',
  oblast: 'Область',
  oblastsTable: 'Охват по областям',
  engaged: 'Охвачено',
  notEngaged: 'Не охвачено',
  total: 'Всего',
  unengagedTitle: 'Муниципалитеты, ещё не охваченные',
  unengagedCount: 'Не охвачено муниципалитетов: {count}',
  unengagedNone: 'Охвачены все муниципалитеты.',
  downloadCsv: 'Скачать CSV',
  showAll: 'Показать все',
  onlyUnit: 'Показан только {name}.',
  cityUnit: '{name} (город)',
  noRayon: 'Города областного значения',
  geoError: 'Не удалось загрузить границы для карты.',
  // Network explorer: path steps, show neighbours, picture export (issue 15 §4).
  pathSteps: 'Путь по шагам',
  expandAdded: 'Добавлено узлов: {nodes}, связей: {links}.',
  expandAddedNothing: 'Ничего нового: все соседи уже показаны.',
  exportPng: 'Скачать PNG',
  exportSvg: 'Скачать SVG',
  exportTitle: 'Aimak Graph: сеть участников',
  exportDate: 'По состоянию на {date}',
  exportNodes: 'Узлов: {nodes}, связей: {links}',
};

const dictionaries: Record<Lang, Record<TextKey, string>> = { en, ru };

/** Labels of enum values from the API (entity types, kinds, levels, roles, link types). */
const enumLabels: Record<Lang, Record<string, string>> = {
  en: {
    ORGANISATION: 'Organisation', PERSON: 'Person', TERRITORY: 'Territory', PROGRAMME: 'Programme', PHASE: 'Phase', EVENT: 'Event',
    DONOR: 'Donor', DONOR_AGENCY: 'Donor agency', IMPLEMENTER: 'Implementer', CONSORTIUM: 'Consortium',
    GOVERNMENT_AGENCY: 'Government agency', OBLAST_ADMINISTRATION: 'Oblast administration',
    RAYON_ADMINISTRATION: 'Rayon administration', AYIL_OKMOTU: 'Ayil okmotu', TOWN_ADMINISTRATION: 'Town administration',
    LOCAL_COUNCIL: 'Local council', NGO: 'NGO', BUSINESS: 'Business', PUBLIC_INSTITUTION: 'Public institution', INTERNATIONAL_ORGANISATION: 'International organisation', OTHER: 'Other',
    COUNTRY: 'Country', OBLAST: 'Oblast', RAYON: 'Rayon', CITY: 'City', CITY_DISTRICT: 'City district', AYIL_AIMAK: 'Ayil aimak',
    CONFERENCE: 'Conference', EXCHANGE_VISIT: 'Exchange visit', MEETING: 'Meeting', SEMINAR: 'Seminar', TRAINING: 'Training', WORKSHOP: 'Workshop',
    FUNDING_AGENCY: 'Funding agency', HOST: 'Host', ORGANISER: 'Organiser', PARTICIPANT: 'Participant', PRESENTER: 'Presenter', SPEAKER: 'Speaker',
    FUNDS: 'funds', IMPLEMENTS: 'implements', MEMBER_OF: 'member of', GOVERNS: 'governs', PART_OF: 'part of', HAS_PHASE: 'has phase',
    PARTNER_IN: 'partner in', HOLDS_POSITION: 'holds a post in', PARTICIPATED_IN: 'took part in', HOSTED: 'hosted', IN_PHASE: 'in phase', HELD_IN: 'held in',
  },
  ru: {
    ORGANISATION: 'Организация', PERSON: 'Человек', TERRITORY: 'Территория', PROGRAMME: 'Программа', PHASE: 'Фаза', EVENT: 'Мероприятие',
    DONOR: 'Донор', DONOR_AGENCY: 'Донорское агентство', IMPLEMENTER: 'Исполнитель', CONSORTIUM: 'Консорциум',
    GOVERNMENT_AGENCY: 'Государственное агентство', OBLAST_ADMINISTRATION: 'Областная администрация',
    RAYON_ADMINISTRATION: 'Районная администрация', AYIL_OKMOTU: 'Айыл окмоту', TOWN_ADMINISTRATION: 'Мэрия города',
    LOCAL_COUNCIL: 'Местный кенеш', NGO: 'НКО', BUSINESS: 'Коммерческая организация', PUBLIC_INSTITUTION: 'Государственное учреждение', INTERNATIONAL_ORGANISATION: 'Международная организация', OTHER: 'Другое',
    COUNTRY: 'Страна', OBLAST: 'Область', RAYON: 'Район', CITY: 'Город', CITY_DISTRICT: 'Район города', AYIL_AIMAK: 'Айылный аймак',
    CONFERENCE: 'Конференция', EXCHANGE_VISIT: 'Обменный визит', MEETING: 'Встреча', SEMINAR: 'Семинар', TRAINING: 'Тренинг', WORKSHOP: 'Рабочая встреча',
    FUNDING_AGENCY: 'Финансирующее агентство', HOST: 'Принимающая сторона', ORGANISER: 'Организатор', PARTICIPANT: 'Участник', PRESENTER: 'Докладчик', SPEAKER: 'Выступающий',
    FUNDS: 'финансирует', IMPLEMENTS: 'реализует', MEMBER_OF: 'входит в', GOVERNS: 'управляет', PART_OF: 'входит в', HAS_PHASE: 'фаза',
    PARTNER_IN: 'партнёр в', HOLDS_POSITION: 'работает в', PARTICIPATED_IN: 'участвовал в', HOSTED: 'принимал', IN_PHASE: 'в фазе', HELD_IN: 'проходило в',
  },
};

export interface Translator {
  readonly lang: Lang;
  t(key: TextKey, params?: Record<string, string | number>): string;
  /** Label of an API enum value (EntityType, kinds, levels, roles, relationship types). */
  enumLabel(value: string | null | undefined): string;
  formatDate(isoDate: string | null | undefined): string;
  formatNumber(value: number): string;
  formatShare(share: number): string;
}

export function translator(lang: Lang): Translator {
  const dictionary = dictionaries[lang];
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    t: (key, params) => interpolate(dictionary[key], params),
    enumLabel: (value) => (value ? enumLabels[lang][value] ?? value : ''),
    formatDate: (isoDate) => {
      if (!isoDate) return '';
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dates.format(date);
    },
    formatNumber: (value) => numbers.format(value),
    formatShare: (share) => percent.format(share),
  };
}

/**
 * Texts of one feature, kept beside its code (e.g. `analysis/analysis-text.ts`): the English dictionary fixes
 * the keys, the Russian one must have every key.
 */
export function featureTexts<const Texts extends Record<string, string>>(enTexts: Texts, ruTexts: Record<keyof Texts, string>) {
  return (lang: Lang) => {
    const dictionary: Record<keyof Texts, string> = lang === 'ru' ? ruTexts : enTexts;
    return (key: keyof Texts, params?: Record<string, string | number>): string => interpolate(dictionary[key], params);
  };
}

function interpolate(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface Named {
  id: string;
  nameRu?: string | null;
  nameEn?: string | null;
}

/** The name to show in the chosen language, falling back to the other language, then the id. */
export function nameOf(entity: Named, names: Lang): string {
  const preferred = names === 'ru' ? entity.nameRu : entity.nameEn;
  const other = names === 'ru' ? entity.nameEn : entity.nameRu;
  return preferred?.trim() || other?.trim() || entity.id;
}

/** The name in the other language, when it differs from the one shown. */
export function otherNameOf(entity: Named, names: Lang): string | null {
  const shown = nameOf(entity, names);
  const other = names === 'ru' ? entity.nameEn : entity.nameRu;
  return other && other.trim() && other.trim() !== shown ? other.trim() : null;
}
