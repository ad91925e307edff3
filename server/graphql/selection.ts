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

/**
 * Whether the current field's selection names any of `fields` (directly or through fragments). Lets a
 * resolver start a related batch query in the same tick as its own, instead of one round trip later.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  return info.fieldNodes.some((node) => fieldsOf(node.selectionSet, info.fragments).some((field) => fields.has(field.name)));
}

const selectedUnderNamed = new WeakMap<object, Map<string, string[]>>();

/**
 * The names selected under every field called one of `names`, anywhere in the operation (through fragments):
 * the same answer for every resolver of a request, so a batch query can take it as a parameter and still
 * serve all of them in one round trip.
 */
export function fieldsSelectedUnderAny(info: GraphQLResolveInfo, names: readonly string[]): string[] {
  const key = names.join(',');
  let byNames = selectedUnderNamed.get(info.operation);
  if (!byNames) selectedUnderNamed.set(info.operation, (byNames = new Map()));
  const known = byNames.get(key);
  if (known) return known;
  const wanted = new Set(names);
  const found = new Set<string>();
  const visited = new Set<SelectionSetNode>();
  const walk = (selectionSet: SelectionSetNode | undefined, under: boolean): void => {
    for (const field of fieldsOf(selectionSet, info.fragments)) {
      if (under && !field.name.startsWith('__')) found.add(field.name);
      if (field.selectionSet && !visited.has(field.selectionSet)) {
        visited.add(field.selectionSet);
        walk(field.selectionSet, wanted.has(field.name));
      }
    }
  };
  walk(info.operation.selectionSet, false);
  const result = [...found];
  byNames.set(key, result);
  return result;
}
