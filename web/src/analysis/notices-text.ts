/** Texts of what a result adds to its rows: Neo4j's notifications about a console statement, and why a named analysis returned fewer rows than asked. */
import { featureTexts } from '../i18n.js';

export const noticesText = featureTexts(
  {
    noticesTitle: 'Neo4j’s notes on the query',
    at: 'Line {line}, column {column}: ',
    UnknownLabelWarning: 'no node has the label {subject}, so this part matches nothing. Check the spelling (see the schema panel).',
    UnknownRelationshipTypeWarning: 'no relationship has the type {subject}, so this part matches nothing. Check the spelling (see the schema panel).',
    UnknownPropertyKeyWarning: 'no node or relationship has the property {subject}; it is null everywhere. Check the spelling (see the schema panel).',
    CartesianProductWarning: 'the pattern has parts not joined to each other, so every combination of them is built; this can be slow. Join them, or match them one after the other with WITH.',
    UnboundedVariableLengthPatternWarning: 'a variable-length pattern has no upper bound, which can be slow; give one, e.g. *1..4.',
    FeatureDeprecationWarning: 'this form will not work in a later Neo4j: {description}',
    other: 'Neo4j notes ({code}): {description}',
    FEWER_CANDIDATES: 'Fewer rows than asked ({returned} of {asked}): only {returned} meet the analysis’s condition at all.',
    FILTER_REMOVED: 'Fewer rows than asked ({returned} of {asked}): the filter you chose (phase, kind) left only {returned}.',
    NONE_QUALIFY: 'No rows: nothing meets the analysis’s condition with these parameters.',
    withoutFilter: 'Without the filter, {count} would qualify.',
  },
  {
    noticesTitle: 'Замечания Neo4j к запросу',
    at: 'Строка {line}, позиция {column}: ',
    UnknownLabelWarning: 'ни у одного узла нет метки {subject}, поэтому эта часть ничего не находит. Проверьте написание (см. панель схемы).',
    UnknownRelationshipTypeWarning: 'ни у одной связи нет типа {subject}, поэтому эта часть ничего не находит. Проверьте написание (см. панель схемы).',
    UnknownPropertyKeyWarning: 'ни у одного узла или связи нет свойства {subject}; оно везде пусто (null). Проверьте написание (см. панель схемы).',
    CartesianProductWarning: 'части шаблона не связаны между собой, поэтому перебираются все их сочетания; это может быть медленно. Свяжите их или сопоставляйте по очереди через WITH.',
    UnboundedVariableLengthPatternWarning: 'у шаблона переменной длины нет верхней границы, это может быть медленно; укажите её, например *1..4.',
    FeatureDeprecationWarning: 'такая запись перестанет работать в следующих версиях Neo4j: {description}',
    other: 'Замечание Neo4j ({code}): {description}',
    FEWER_CANDIDATES: 'Строк меньше, чем запрошено ({returned} из {asked}): условию анализа вообще отвечают только {returned}.',
    FILTER_REMOVED: 'Строк меньше, чем запрошено ({returned} из {asked}): выбранный фильтр (фаза, тип) оставил только {returned}.',
    NONE_QUALIFY: 'Строк нет: при этих параметрах условию анализа не отвечает никто.',
    withoutFilter: 'Без фильтра подошло бы: {count}.',
  },
);
