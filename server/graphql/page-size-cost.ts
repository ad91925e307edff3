import { Kind, TypeInfo, ValidationContext, visit, visitWithTypeInfo, type DocumentNode, type ValidationRule } from 'graphql';
import { maxPageSize } from '../common/page.js';

/**
 * graphql-armor's cost limit multiplies a field's cost by a literal `first:`/`last:` argument, so
 * `people(first: 1000000)` was refused as a cost-limit "Syntax Error" before the field's own check could say
 * "first: at most 500" (BAD_USER_INPUT, as with a variable). Here the cost is computed on a copy of the
 * document whose page sizes are capped at the largest page any field allows: the estimate stays an upper bound
 * of what can run (a larger page is refused by the field), and the page-size check gets to speak.
 */
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/** The document with every literal page size above `cap` lowered to it (the original is left untouched). */
export function capPageSizes(document: DocumentNode, cap = maxPageSize): DocumentNode {
  return visit(document, {
    Argument(node) {
      if (!PAGE_SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.INT) return undefined;
      return Number(node.value.value) > cap ? { ...node, value: { ...node.value, value: String(cap) } } : undefined;
    },
  });
}

/** Runs a cost rule (graphql-armor's) over the capped document, reporting its errors to the real context. */
export function costOfCappedPageSizes(costRule: ValidationRule): ValidationRule {
  return (context) => {
    const document = capPageSizes(context.getDocument());
    if (document === context.getDocument()) return costRule(context);
    const schema = context.getSchema();
    const typeInfo = new TypeInfo(schema);
    const capped = new ValidationContext(schema, document, typeInfo, (error) => context.reportError(error));
    visit(document, visitWithTypeInfo(typeInfo, costRule(capped)));
    return {};
  };
}
