import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Builds the hostile spreadsheets of issue 11 (and a few more of their kind) in memory, for the sheet-limit tests and
 * scripts/bench-sheet-limits.ts. The zips are written by hand (a local header, the data and a central directory
 * entry per part) because a zip bomb needs data no zip library writes: one deflate stream repeated hundreds of times.
 */
interface ZipPart {
  name: string;
  /** Raw deflate data. */
  deflated: Buffer;
  uncompressedSize: number;
  crc: number;
}

const part = (name: string, text: string | Buffer): ZipPart => {
  const data = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return { name, deflated: deflateRawSync(data), uncompressedSize: data.length, crc: crc32(data) };
};

/** A zip of the parts; `declaredSize` overrides what the central directory says a part inflates to. */
function zip(parts: ZipPart[], declaredSize: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, deflated, uncompressedSize, crc } of parts) {
    const fileName = Buffer.from(name);
    const size = declaredSize[name] ?? uncompressedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, deflated);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts every workbook needs around its one worksheet. */
function workbookParts(extra: ZipPart[] = []): ZipPart[] {
  return [
    part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    part('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    part('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${xmlns}><sheets><sheet name="Participants" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    ...extra,
  ];
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const headerRow = `<row r="1">${inline('A1', 'ФИО')}${inline('B1', 'Организация')}</row>`;

/** Issue 11: a workbook of about 1.6 KB with a header and one cell at CV1048576 (with or without declaring that dimension). */
export function bottomCornerWorkbook({ declareDimension = true } = {}): Buffer {
  const dimension = declareDimension ? '<dimension ref="A1:CV1048576"/>' : '';
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}>${dimension}<sheetData>${headerRow}<row r="1048576">${inline('CV1048576', 'x')}</row></sheetData></worksheet>`;
  return zip(workbookParts([part('xl/worksheets/sheet1.xml', sheet)]));
}

/** A workbook with the rows given, as inline strings: a small, valid sheet to compare against. */
export function smallWorkbook(rows: string[][]): Buffer {
  const letters = (index: number) => String.fromCharCode(65 + index);
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => inline(`${letters(c)}${r + 1}`, text)).join('')}</row>`).join('');
  return zip(workbookParts([part('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}><sheetData>${body}</sheetData></worksheet>`)]));
}

/**
 * Issue 11: a workbook of about 460 KB whose worksheet inflates to `megabytes` MB (472 by default): a header row,
 * then blank space between the rows (which XML allows), deflated once per megabyte with a full flush so that copies
 * of it follow each other. `declaredMegabytes` makes the central directory lie about the inflated size.
 */
export function zipBombWorkbook({ megabytes = 472, declaredMegabytes }: { megabytes?: number; declaredMegabytes?: number } = {}): Buffer {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}><sheetData>${headerRow}`);
  const tail = Buffer.from('</sheetData></worksheet>');
  const megabyte = Buffer.alloc(1024 * 1024, ' ');
  const flushed = (data: Buffer) => deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const repeated = flushed(megabyte);
  const deflated = Buffer.concat([flushed(head), ...Array.from({ length: megabytes }, () => repeated), deflateRawSync(tail)]);
  let crc = crc32(head);
  for (let index = 0; index < megabytes; index += 1) crc = crc32(megabyte, crc);
  crc = crc32(tail, crc);
  const uncompressedSize = head.length + megabyte.length * megabytes + tail.length;
  const sheet: ZipPart = { name: 'xl/worksheets/sheet1.xml', deflated, uncompressedSize, crc };
  return zip(workbookParts([sheet]), declaredMegabytes === undefined ? {} : { [sheet.name]: declaredMegabytes * 1024 * 1024 });
}

/** A workbook whose worksheet inflates to `megabytes` MB of real rows (the rows are numbered; few KB packed). */
export function largeWorksheetWorkbook(megabytes = 33): Buffer {
  const rows: string[] = [headerRow];
  let size = 0;
  for (let number = 2; size < megabytes * 1024 * 1024; number += 1) {
    const row = `<row r="${number}">${inline(`A${number}`, 'Асанов Бакыт')}${inline(`B${number}`, 'Тамга АО')}</row>`;
    rows.push(row);
    size += Buffer.byteLength(row);
  }
  return zip(workbookParts([part('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}><sheetData>${rows.join('')}</sheetData></worksheet>`)]));
}

/** A workbook whose shared strings inflate to `megabytes` MB (a few KB packed). */
export function hugeSharedStringsWorkbook(megabytes = 20): Buffer {
  const item = `<si><t>${'Асанов Бакыт Турсунович, глава айыл окмоту '.repeat(4)}</t></si>`;
  const count = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(item));
  const strings = `<?xml version="1.0" encoding="UTF-8"?><sst ${xmlns} count="${count}" uniqueCount="${count}">${item.repeat(count)}</sst>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
  return zip(workbookParts([part('xl/worksheets/sheet1.xml', sheet), part('xl/sharedStrings.xml', strings)]));
}

/** A workbook of `entries` tiny parts. */
export function manyPartsWorkbook(entries = 2_000): Buffer {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}><sheetData>${headerRow}</sheetData></worksheet>`;
  const filler = Array.from({ length: entries }, (_, index) => part(`xl/media/part${index}.xml`, '<x/>'));
  return zip(workbookParts([part('xl/worksheets/sheet1.xml', sheet), ...filler]));
}

/** Issue 11: a CSV of about 3 MB with a header and 1,000,000 rows. */
export function millionRowCsv(): Buffer {
  return Buffer.from(`ФИО,Пол\n${'1,\n'.repeat(1_000_000)}`);
}

/**
 * A workbook whose shared strings stay just under the size limit but cost the most heap per byte: hundreds of
 * thousands of rich-text strings of two runs each. Read, it must stay within the worker's heap.
 */
export function richSharedStringsWorkbook(megabytes = 7.9): Buffer {
  const item = '<si><r><t>a</t></r><r><t>b</t></r></si>';
  const count = Math.floor((megabytes * 1024 * 1024) / item.length);
  const strings = `<?xml version="1.0" encoding="UTF-8"?><sst ${xmlns} count="${count}" uniqueCount="${count}">${item.repeat(count)}</sst>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${xmlns}><sheetData>${headerRow}<row r="2"><c r="A2" t="s"><v>${count - 1}</v></c></row></sheetData></worksheet>`;
  return zip(workbookParts([part('xl/worksheets/sheet1.xml', sheet), part('xl/sharedStrings.xml', strings)]));
}
