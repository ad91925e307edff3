import 'reflect-metadata';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, type NonEmptyArray } from 'type-graphql';
import { AnalysisResolver } from '../analyses/analysis.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { CoverageResolver } from '../coverage/coverage.resolver.js';
import { CypherConsoleResolver } from '../cypher-console/cypher-console.resolver.js';
import { DuplicateResolver } from '../duplicates/duplicate.resolver.js';
import { EngagementResolver } from '../engagement/engagement.resolver.js';
import { EventResolver } from '../events/event.resolver.js';
import { ExportResolver } from '../exports/export.resolver.js';
import { GraphResolver } from '../graph/graph.resolver.js';
import { ImportResolver } from '../imports/import.resolver.js';
import { OrganisationResolver } from '../organisations/organisation.resolver.js';
import { ParticipationResolver } from '../participations/participation.resolver.js';
import { PersonResolver } from '../people/person.resolver.js';
import { PressConfirmResolver } from '../press/confirm.resolver.js';
import { PressResolver } from '../press/press.resolver.js';
import { PositionResolver } from '../positions/position.resolver.js';
import { PhaseResolver } from '../programmes/phase.resolver.js';
import { ProgrammeResolver } from '../programmes/programme.resolver.js';
import { SessionResolver } from '../auth/session.resolver.js';
import { TokenRevocationResolver } from '../auth/token-revocation.resolver.js';
import { ReportResolver } from '../reports/report.resolver.js';
import { TerritoryResolver } from '../territories/territory.resolver.js';

const resolvers: NonEmptyArray<Function> = [
  OrganisationResolver,
  PersonResolver,
  TerritoryResolver,
  ProgrammeResolver,
  PhaseResolver,
  EventResolver,
  PositionResolver,
  ParticipationResolver,
  GraphResolver,
  EngagementResolver,
  CoverageResolver,
  ImportResolver,
  PressResolver,
  PressConfirmResolver,
  ExportResolver,
  DuplicateResolver,
  AnalysisResolver,
  CypherConsoleResolver,
  ReportResolver,
  AuditResolver,
  SessionResolver,
  TokenRevocationResolver,
];

let schema: Promise<GraphQLSchema> | undefined;

const validatorOptions: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };
/**
 * Input class instances only: a JSON scalar's value (JSONObject) is a plain object, or one without a prototype
 * when given as a literal, and class-validator has no rules for it (it threw on the latter: an internal error).
 */
const isValidated = (value: unknown): value is object => {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype !== null && prototype !== Object.prototype;
};

/**
 * type-graphql's own validation with the same options, but with class-validator imported once: its built-in
 * path does `await import('class-validator')` for every argument of every request.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!isValidated(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isValidated).map((item) => validateOrReject(item, validatorOptions)));
    else await validateOrReject(value, validatorOptions);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/** The GraphQL schema, built once from the decorated classes; inputs are checked with class-validator. */
export function graphQLSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers, validateFn: validateArgument, emitSchemaFile: false });
  return schema;
}
