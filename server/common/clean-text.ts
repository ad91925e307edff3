import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * A lone UTF-16 surrogate: JSON's `"\ud800"` reaches the server as one, and Neo4j's driver would store it as
 * U+FFFD without a word, so the text saved is not the text sent.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters that show nothing: format characters (\p{Cf}: zero-width space, joiners, BOM, word joiner…) and spaces. */
const INVISIBLE = /[\p{Cf}\u200B-\u200D\uFEFF\u2060\s]/gu;

/** Why a text is refused, or null when it is clean. Empty text is left to @Length and the field's own rules. */
export function uncleanTextProblem(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (LONE_SURROGATE.test(value)) return 'must not hold a lone UTF-16 surrogate (broken Unicode text)';
  if (value.length > 0 && value.replace(INVISIBLE, '') === '') return 'must hold visible characters, not only zero-width, format or space characters';
  return null;
}

/**
 * For every free-text field a mutation stores: refuses lone surrogates and text that shows nothing, as
 * BAD_USER_INPUT naming the field (format-error.ts). class-validator has no such check, hence this one.
 * `{ each: true }` checks every item of a list.
 */
export function CleanText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'cleanText',
      validator: {
        validate: (value: unknown) => uncleanTextProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          const problem = values.map(uncleanTextProblem).find((found) => found !== null);
          return `$property ${problem ?? 'must be clean text'}`;
        },
      },
    },
    options,
  );
}
