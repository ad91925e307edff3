import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

export const maxPageSize = 500;
export const maxOffset = 1_000_000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many items, 1 to ${maxPageSize}` })
  @Min(1)
  @Max(maxPageSize)
  first!: number;

  // Capped so that offset + first stays far from Neo4j's 32-bit limits on SKIP + LIMIT.
  @Field(() => Int, { defaultValue: 0, description: `How many items to skip, 0 to ${maxOffset.toLocaleString('en')}` })
  @Min(0)
  @Max(maxOffset)
  offset!: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
}

/** A page type per item type, e.g. `OrganisationPage { items, totalCount, hasNextPage }`. */
export function PageOf<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(name, { simpleResolvers: true })
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int, { description: 'Items matching the filter, over all pages' })
    totalCount!: number;

    @Field(() => Boolean)
    hasNextPage!: boolean;
  }
  return PageClass;
}

/** Shapes rows of a list query that returns `total` and `items` into a page. */
export function toPage<T>(row: { total?: unknown; items?: unknown } | undefined, page: PageArgs): Page<T> {
  const items = (row?.items ?? []) as T[];
  const totalCount = Number(row?.total ?? 0);
  return { items, totalCount, hasNextPage: page.offset + items.length < totalCount };
}
