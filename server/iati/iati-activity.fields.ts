import { LocalDateResolver } from 'graphql-scalars';
import { Field } from 'type-graphql';

/** The scalar properties an IATI activity file gives a programme or phase (the graph model of issue 14). */
export interface IatiActivityProperties {
  iatiIdentifier?: string | null;
  descriptionRu?: string | null;
  descriptionEn?: string | null;
  descriptionKy?: string | null;
  iatiStatus?: string | null;
  plannedStartDate?: string | null;
  actualStartDate?: string | null;
  plannedEndDate?: string | null;
  actualEndDate?: string | null;
}

const text = (description: string) => Field(() => String, { nullable: true, description });
const day = (description: string) => Field(() => LocalDateResolver, { nullable: true, description });

/**
 * Declares those fields on both Programme and Phase from one list, so the two cannot drift apart (type-graphql
 * has no mixin for object types; its decorators are applied here as it would apply them in the class body).
 */
export function declareIatiActivityFields(type: { prototype: object }): void {
  const fields: [keyof IatiActivityProperties, PropertyDecorator][] = [
    ['iatiIdentifier', text('The IATI activity identifier, for programmes and phases imported from IATI files')],
    ['descriptionRu', text('Description in Russian')],
    ['descriptionEn', text('Description in English')],
    ['descriptionKy', text('Description in Kyrgyz')],
    ['iatiStatus', text('IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended')],
    ['plannedStartDate', day('Planned start (IATI activity-date type 1)')],
    ['actualStartDate', day('Actual start (IATI activity-date type 2)')],
    ['plannedEndDate', day('Planned end (IATI activity-date type 3)')],
    ['actualEndDate', day('Actual end (IATI activity-date type 4)')],
  ];
  for (const [name, decorate] of fields) decorate(type.prototype, name);
}
