import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the current field's selection names any of `fields` (directly or through fragments). Lets a
 * resolver start a related batch query in the same tick as its own, instead of one round trip later.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  const seenFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return fields.has(selection.name.value);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      const name = selection.name.value;
      if (seenFragments.has(name)) return false;
      seenFragments.add(name);
      return visit(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
