/**
 * The named analyses in the reader's language. The server describes each analysis in English (its GraphQL
 * catalogue is for scripts too); the web view adds Russian texts and a readable label for each parameter,
 * keyed by analysis and parameter name. An analysis or parameter not listed here keeps the server's text.
 */
import type { AnalysisDefinition, AnalysisParameter } from './analysis-api.js';

type Lang = 'ru' | 'en';

interface AnalysisTexts {
  title: string;
  description: string;
  /** Parameter hints that differ from the server's English, by parameter name. */
  hints?: Record<string, string>;
}

const russian: Record<string, AnalysisTexts> = {
  brokers: {
    title: 'Посредники',
    description:
      'Кто связывает группы, которые иначе разделены: люди и организации по степени посредничества в сети мероприятий, должностей, членства и финансирования; по желанию — в пределах одной фазы программы.',
    hints: { phaseId: 'Только мероприятия этой фазы и их участники', first: 'Сколько показать' },
  },
  'most-connected': {
    title: 'Самые связанные участники по видам',
    description:
      'Для каждого вида организаций и для людей — участники с наибольшим числом связей (мероприятия, должности, членство, финансирование, проведение, партнёрство); по желанию — в пределах одной фазы.',
    hints: { phaseId: 'Фаза программы, например psi-phase-2', kind: 'Только этот вид', first: 'Сколько показать для каждого вида' },
  },
  'engaged-once': {
    title: 'Участвовали один раз и больше нет',
    description: 'Муниципалитеты, которые участвовали (сами или через представителя) ровно в одном мероприятии программы.',
    hints: { programmeId: 'Программа', territoryId: 'Только муниципалитеты этой области или района' },
  },
  'rayon-administration-without-municipalities': {
    title: 'Участвовала райгосадминистрация, а муниципалитеты района — нет',
    description: 'Районы, где районная администрация участвовала в фазе, а ни один муниципалитет района не был охвачен.',
    hints: { phaseId: 'Фаза программы, например psi-phase-2', since: 'Учитывать участие только с этого дня' },
  },
  'common-events': {
    title: 'Общие мероприятия двух участников',
    description: 'Мероприятия, в которых участвовали оба (организация — также через своего представителя), и роль каждого.',
    hints: { firstId: 'Человек или организация', secondId: 'Другой человек или организация' },
  },
  'reachable-from-donor': {
    title: 'Достижимые от донора',
    description:
      'Участники, до которых от донора не более N шагов через финансирование, реализацию, фазы, мероприятия, должности, членство и партнёрства (не через административное деление), с числом шагов.',
    hints: { donorId: 'Донор (или любой участник), от которого считать', maxSteps: 'Не более стольких шагов' },
  },
};

const parameterLabels: Record<Lang, Record<string, string>> = {
  en: {
    phaseId: 'Programme phase',
    programmeId: 'Programme',
    territoryId: 'Oblast or rayon',
    since: 'Since',
    first: 'How many',
    kind: 'Kind',
    firstId: 'First stakeholder',
    secondId: 'Second stakeholder',
    donorId: 'Start from',
    maxSteps: 'Steps',
  },
  ru: {
    phaseId: 'Фаза программы',
    programmeId: 'Программа',
    territoryId: 'Область или район',
    since: 'С даты',
    first: 'Сколько',
    kind: 'Вид',
    firstId: 'Первый участник',
    secondId: 'Второй участник',
    donorId: 'Начать с',
    maxSteps: 'Шагов',
  },
};

export function analysisTitle(definition: AnalysisDefinition, lang: Lang): string {
  return (lang === 'ru' && russian[definition.name]?.title) || definition.title;
}

export function analysisDescription(definition: AnalysisDefinition, lang: Lang): string {
  return (lang === 'ru' && russian[definition.name]?.description) || definition.description;
}

/** A readable name for the parameter; the API name is shown beside it. */
export function parameterLabel(parameter: AnalysisParameter, lang: Lang): string | null {
  return parameterLabels[lang][parameter.name] ?? null;
}

export function parameterHint(definition: AnalysisDefinition, parameter: AnalysisParameter, lang: Lang): string {
  return (lang === 'ru' && russian[definition.name]?.hints?.[parameter.name]) || parameter.description || '';
}
