import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TableFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(TableFormat, { name: 'TableFormat', description: 'CSV (UTF-8 with a byte order mark) or an Excel workbook' });

export enum TableLanguage {
  EN = 'EN',
  RU = 'RU',
}
registerEnumType(TableLanguage, { name: 'TableLanguage', description: 'Language of headers and names; names fall back to Russian' });

@ObjectType({ simpleResolvers: true, description: 'A table to download' })
export class TableDownload {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int, { description: 'Data rows, not counting the header and HXL rows' })
  rowCount!: number;
}
