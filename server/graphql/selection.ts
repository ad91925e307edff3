import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

/** Every field node of a selection set, with fragments (inline and named) flattened; each fragment once. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, seenFragments = new Set<string>()) {
  const fields: { name: string; selectionSet: SelectionSetNode | undefined }[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') fields.push({ name: selection.name.value, selectionSet: selection.selectionSet });
    else if (selection.kind === 'InlineFragment') fields.push(...fieldsOf(selection.selectionSet, fragments, seenFragments));
    else if (!seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value);
      fields.push(...fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, seenFragments));
    }
  }
  return fields;
}

function currentFields(info: GraphQLResolveInfo) {
  return info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info.fragments));
}

/**
 * Whether the current field's selection names any of `fields` (directly or through fragments). Lets a
 * resolver start a related batch query in the same tick as its own, instead of one round trip later.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  return currentFields(info).some((field) => fields.has(field.name));
}

/**
 * The names selected under the current field's child `child` (e.g. `entity` of a search hit), on every type
 * and through fragments, without introspection fields: what a query needs to read for that child.
 */
export function fieldsSelectedUnder(info: GraphQLResolveInfo, child: string): string[] {
  const names = new Set<string>();
  for (const field of currentFields(info)) {
    if (field.name !== child) continue;
    for (const grandchild of fieldsOf(field.selectionSet, info.fragments)) {
      if (!grandchild.name.startsWith('__')) names.add(grandchild.name);
    }
  }
  return [...names];
}
