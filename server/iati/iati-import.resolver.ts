import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { IatiImportInput } from './iati-import.input.js';
import { confirmIatiImport, previewIatiImport } from './iati-import.service.js';
import { IatiImportPreview, IatiImportResult } from './iati-import.type.js';
import { readIatiFile } from './reading/read-iati-file.js';

@Resolver()
export class IatiImportResolver {
  @Query(() => IatiImportPreview, {
    description:
      'Dry run of an IATI activity file (XML or gzip, base64): each activity with what it becomes (new programme, new phase, update, unchanged, ' +
      'older — skipped), its organisations and territories matched with score and reason, and the file\'s problems and invalid activities. Writes nothing.',
  })
  previewIatiImport(@Arg('input', () => IatiImportInput) input: IatiImportInput, @Ctx() ctx: GraphQLContext) {
    return previewIatiImport(ctx.db, input, readIatiFile, ctx.acceptLanguage);
  }

  @Mutation(() => IatiImportResult, {
    description:
      'Imports an IATI activity file in one transaction: plans again as the preview does and refuses (BAD_USER_INPUT) while a match needs a choice. ' +
      'Invalid activities are left out; unchanged and older ones are not written, so importing the same file again changes nothing.',
  })
  confirmIatiImport(@Arg('input', () => IatiImportInput) input: IatiImportInput, @Ctx() ctx: GraphQLContext) {
    return confirmIatiImport(ctx.db, input, readIatiFile, ctx.acceptLanguage);
  }
}
