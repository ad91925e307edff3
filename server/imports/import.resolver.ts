import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { AttendanceImportInput } from './import.input.js';
import { confirmAttendanceImport, previewAttendanceImport } from './import.service.js';
import { AttendanceImportPreview, AttendanceImportResult } from './import.type.js';

@Resolver()
export class ImportResolver {
  @Query(() => AttendanceImportPreview, {
    description:
      'Dry run of an attendance sheet (CSV or XLSX, base64): the columns found, and row by row what would be created, ' +
      'what matches the graph (with score and reason), what needs a choice and what is invalid. Writes nothing.',
  })
  previewAttendanceImport(@Arg('input', () => AttendanceImportInput) input: AttendanceImportInput, @Ctx() ctx: GraphQLContext) {
    return previewAttendanceImport(ctx.db, input, ctx.acceptLanguage);
  }

  @Mutation(() => AttendanceImportResult, {
    description:
      'Imports an attendance sheet in one transaction: every row or none. Plans again exactly as the preview does and ' +
      'refuses (BAD_USER_INPUT naming rows and columns) while a row is invalid or ambiguous without a choice; rows chosen to skip are left out. ' +
      'Importing the same sheet again changes nothing.',
  })
  confirmAttendanceImport(@Arg('input', () => AttendanceImportInput) input: AttendanceImportInput, @Ctx() ctx: GraphQLContext) {
    return confirmAttendanceImport(ctx.db, input, ctx.acceptLanguage);
  }
}
