import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Random GraphQL operations built from the schema, for the fuzz test: any root field, arguments of the right
 * type or of a wrong one, written as literals or as variables, random selections a few levels deep, and
 * hostile text (lone surrogates, zero-width and control characters, huge strings).
 */
export type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

export interface FuzzOperation {
  kind: 'query' | 'mutation';
  field: string;
  document: string;
  variables: Record<string, unknown>;
}

/** Ids of the seed, for reads: reads may reach real data. */
export const seedIds = ['person-mambetova-asel', 'sdc', 'gamsumo', 'psi', 'psi-phase-2', '41704000000000', '41700000000000', 'event-2019-07-18-karakol-inception', 'ao-41702205805000'];
/** Ids of nodes the fuzzer itself may create; writes only ever name these (or garbage), so the seed is never changed. */
export const fuzzIds = Array.from({ length: 6 }, (_, i) => `zz-fuzz-${i}`);

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '\ud800', 'a\udc00b', '\udbff\ud800', '\u200b', '\u200b\u200c\u200d\ufeff\u2060', '\u00ad', ' ', '', '\u0000', 'a\u0000b', '\u001f\u007f',
    '=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0", "'; MATCH (n) DETACH DELETE n //", '{"a":1}', '\\', '"', '${x}', '<script>alert(1)</script>',
    'Асель Мамбетова', 'Mambetova', 'Ысык-Көл', '👩‍💻', 'e\u0301', '\u202eevil',
  ),
  fc.nat({ max: 3 }).map((n) => ['x'.repeat(301), 'я'.repeat(5_000), 'a '.repeat(50_000), '\u200b'.repeat(10_000)][n]!),
);

const cypherText = fc.oneof(
  hostileText,
  fc.constantFrom(
    'MATCH (n) RETURN n LIMIT 3', 'MATCH (p:Person) RETURN p.nameEn AS name LIMIT 5', 'RETURN $x AS x', 'RETURN 1/0 AS boom', "RETURN toInteger('x') AS y",
    'MATCH (n) RETURN properties(n) LIMIT 2', 'MATCH p = (:Person)-[*1..2]-() RETURN p LIMIT 2', 'CALL db.labels() YIELD label RETURN label', 'RETURN [x IN range(1, 20000) | x] AS big',
    'UNWIND range(1, 20000) AS x RETURN x', 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 3', 'RETURN date($x) AS d', "RETURN duration('P1Y') AS d, point({x: 1, y: 2}) AS p",
    "CREATE (:Fuzz {x: 1})", 'MATCH (n) SET n.fuzz = 1', 'RETURN', 'MATCH (n:Change) RETURN n', 'MATCH (n) RETURN keys(n), n{.*} LIMIT 2', "RETURN 'a' + $x AS s",
    'RETURN reduce(s = 0, x IN range(1, 1000000) | s + x) AS sum', 'RETURN 9223372036854775807 + 1 AS overflow', 'MATCH (n) RETURN n SKIP -1', 'RETURN $x[0] AS first',
  ),
);

const dateText = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2019-07-18', '2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2019-13-01', '2019-7-18', 'yesterday', '', '2019-07-18T00:00:00Z'),
);
const dateTimeText = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2019-07-18T10:00:00+06:00', 'now', '2019-07-18'));
const intValue = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constantFrom(0, 1, 500, 501, 5000, 10_000, 1_000_000, 2_147_483_647, -2_147_483_648), fc.integer());
const base64File = fc.oneof(
  fc.constantFrom(
    Buffer.from('name,organisation,phone\nAsel Mambetova,SDC,+996555000111\n').toString('base64'),
    `data:text/csv;base64,${Buffer.from('ФИО;Организация\nИванов Иван;Айыл окмоту\n').toString('base64')}`,
    Buffer.from('PK\u0003\u0004garbage').toString('base64'),
    'not base64 at all!!',
    '',
  ),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('base64')),
);

/** A value of the wrong type for wherever it is put. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

interface Context {
  draw: Draw;
  kind: 'query' | 'mutation';
  /** Off: a well-formed operation (values of the right types), to get past validation and into the resolvers. */
  malformed: boolean;
}

/** True once in `n` draws, only for malformed operations. */
const sometimes = (ctx: Context, n: number) => ctx.malformed && ctx.draw(fc.nat({ max: n - 1 })) === 0;

function idValue(ctx: Context): string {
  const pool = ctx.kind === 'mutation' ? fuzzIds : [...seedIds, ...fuzzIds];
  return ctx.draw(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: hostileText }));
}

function scalarValue(ctx: Context, name: string, argument: string): unknown {
  const { draw } = ctx;
  switch (name) {
    case 'ID':
      return idValue(ctx);
    case 'String':
      if (argument === 'query') return draw(cypherText);
      if (argument === 'file') return draw(base64File);
      return draw(hostileText);
    case 'Int':
      return draw(intValue);
    case 'Float':
      return draw(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 0.6, 1, -1)));
    case 'Boolean':
      return draw(fc.boolean());
    case 'LocalDate':
      return draw(dateText);
    case 'DateTime':
      return draw(dateTimeText);
    case 'JSONObject':
    case 'JSON':
      return draw(
        fc.oneof(
          fc.dictionary(fc.constantFrom('x', 'id', 'phaseId', 'first', 'since', 'minScore', 'format', 'nodes', 'relationships', 'version'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
          fc.constant({ format: 'aimak-graph-export', version: 1, nodes: [], relationships: [] }),
          fc.constant({ phaseId: 'psi-phase-2', first: 5 }),
        ),
      );
    default:
      return draw(hostileText);
  }
}

/** A value for an input type (right type, mostly). Depth-limited for nested input objects. */
function inputValue(ctx: Context, type: GraphQLInputType, argument: string, depth: number, nonNull = false): unknown {
  const { draw } = ctx;
  if (sometimes(ctx, 8)) return draw(wrongValue);
  if (isNonNullType(type)) return inputValue(ctx, type.ofType, argument, depth, true);
  if ((!nonNull || sometimes(ctx, 4)) && draw(fc.nat({ max: 12 })) === 0) return null;
  if (isListType(type)) return Array.from({ length: draw(fc.nat({ max: 3 })) }, () => inputValue(ctx, type.ofType, argument, depth));
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return sometimes(ctx, 4) ? draw(fc.constantFrom('NOT_A_VALUE', names[0]!.toLowerCase())) : draw(fc.constantFrom(...names));
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (!required && (depth > 2 || draw(fc.boolean()))) continue;
      if (required && sometimes(ctx, 8)) continue; // a required field left out
      if (field.name === 'id' && ctx.kind === 'mutation') value.id = draw(fc.oneof(fc.constantFrom(...fuzzIds), hostileText));
      else value[field.name] = inputValue(ctx, field.type, field.name, depth + 1);
    }
    if (sometimes(ctx, 10)) value.notAField = 1;
    return value;
  }
  if (isScalarType(type)) return scalarValue(ctx, type.name, argument);
  return null;
}

/** A JSON value as a GraphQL literal; `enumType` says when bare names are meant. */
function literal(value: unknown, type: GraphQLInputType | null): string {
  const named = type ? getNamedType(type) : null;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return named && isEnumType(named) && /^[_A-Za-z]\w*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  const inner = type && (isNonNullType(type) ? type.ofType : type);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, inner && isListType(inner) ? inner.ofType : null)).join(', ')}]`;
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  const keys = Object.keys(value as object).filter((key) => /^[_A-Za-z]\w*$/.test(key));
  return `{${keys.map((key) => `${key}: ${literal((value as Record<string, unknown>)[key], fields[key]?.type ?? null)}`).join(', ')}}`;
}

class OperationBuilder {
  private readonly variableDefinitions: string[] = [];
  private aliases = 0;
  readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly ctx: Context,
    private readonly schema: GraphQLSchema,
  ) {}

  arguments(args: readonly GraphQLArgument[]): string {
    const { draw } = this.ctx;
    const written: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && draw(fc.nat({ max: 2 })) === 0) continue;
      if (required && sometimes(this.ctx, 10)) continue;
      const value = inputValue(this.ctx, arg.type, arg.name, 0);
      // GraphQL string literals cannot hold a lone surrogate (a parse error): well-formed ones go as variables.
      const loneSurrogate = /\\ud[89a-f]/i.test(JSON.stringify(value) ?? '') && !this.ctx.malformed;
      if (loneSurrogate || draw(fc.boolean())) {
        const name = `v${this.variableDefinitions.length}`;
        // Sometimes declared with a wrong type, to reach variable coercion errors.
        const declared = sometimes(this.ctx, 6) ? draw(fc.constantFrom('String', 'Int!', '[ID]', 'Boolean')) : arg.type.toString();
        this.variableDefinitions.push(`$${name}: ${declared}`);
        this.variables[name] = value;
        written.push(`${arg.name}: $${name}`);
      } else {
        written.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    if (sometimes(this.ctx, 10)) written.push('unknownArgument: 1');
    return written.length ? `(${written.join(', ')})` : '';
  }

  selection(type: GraphQLOutputType, depth: number): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isObjectType(named) || isInterfaceType(named)) {
      const fields = named.getFields();
      const names = Object.keys(fields);
      const chosen = this.ctx.draw(fc.subarray(names, { minLength: 1, maxLength: Math.min(5, names.length) }));
      const parts = chosen.map((name) => this.field(fields[name]!, depth + 1)).filter(Boolean);
      if (isInterfaceType(named)) {
        const possible = this.schema.getPossibleTypes(named);
        const target = possible[this.ctx.draw(fc.nat({ max: possible.length - 1 }))]!;
        parts.push(`... on ${target.name} ${this.selection(target, depth + 1) || '{ __typename }'}`);
      }
      return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
    }
    if (isUnionType(named)) {
      const types = named.getTypes();
      const target = types[this.ctx.draw(fc.nat({ max: types.length - 1 }))]!;
      return `{ __typename ... on ${target.name} ${this.selection(target, depth + 1)} }`;
    }
    return '';
  }

  field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const named = getNamedType(field.type);
    const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
    if (composite && depth > 3) return '';
    const alias = this.ctx.draw(fc.nat({ max: 10 })) === 0 ? `a${(this.aliases += 1)}: ` : '';
    return `${alias}${field.name}${this.arguments(field.args)}${composite ? ` ${this.selection(field.type, depth)}` : ''}`;
  }

  document(kind: 'query' | 'mutation', rootField: GraphQLField<unknown, unknown>): string {
    const body = this.field(rootField, 0);
    const definitions = this.variableDefinitions.length ? `(${this.variableDefinitions.join(', ')})` : '';
    return `${kind} Fuzz${definitions} { ${body} }`;
  }
}

/** One random operation: a root field of the query or mutation type, its arguments and a selection. */
export function randomOperation(draw: Draw, schema: GraphQLSchema): FuzzOperation {
  const kind = draw(fc.constantFrom<'query' | 'mutation'>('query', 'mutation'));
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const fields = root.getFields();
  const rootField = fields[draw(fc.constantFrom(...Object.keys(fields)))]!;
  const malformed = draw(fc.nat({ max: 3 })) === 0;
  const builder = new OperationBuilder({ draw, kind, malformed }, schema);
  const document = builder.document(kind, rootField);
  return { kind, field: rootField.name, document, variables: builder.variables };
}
