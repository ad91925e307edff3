/** Texts of the schema panel and the console's completion. */
import { featureTexts } from '../i18n.js';

export const schemaText = featureTexts(
  {
    schemaTitle: 'What the graph holds',
    schemaIntro: 'Labels, relationship types and their properties, with counts. Choose a name to put it into the query.',
    labels: 'Labels',
    relationshipTypes: 'Relationship types',
    nodesCount: '{count} nodes',
    relationshipsCount: '{count} relationships',
    propertyCount: '{key}: {count}',
    noProperties: 'no properties',
    completions: 'Suggestions',
    completionHint: 'Suggestions appear as you type after “:” (labels, types), “.” (properties) or a word (keywords); ↑↓ choose, Tab or Enter inserts, Esc closes.',
    kindLabel: 'label',
    kindType: 'relationship type',
    kindProperty: 'property',
    kindKeyword: 'keyword',
  },
  {
    schemaTitle: 'Что есть в графе',
    schemaIntro: 'Метки, типы связей и их свойства с количеством. Выберите имя, чтобы вставить его в запрос.',
    labels: 'Метки',
    relationshipTypes: 'Типы связей',
    nodesCount: 'узлов: {count}',
    relationshipsCount: 'связей: {count}',
    propertyCount: '{key}: {count}',
    noProperties: 'свойств нет',
    completions: 'Подсказки',
    completionHint: 'Подсказки появляются при вводе после «:» (метки, типы связей), «.» (свойства) или слова (ключевые слова); ↑↓ — выбор, Tab или Enter — вставить, Esc — закрыть.',
    kindLabel: 'метка',
    kindType: 'тип связи',
    kindProperty: 'свойство',
    kindKeyword: 'ключевое слово',
  },
);
