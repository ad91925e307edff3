import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvTable } from '../../server/common/csv-writer.js';
import { csvFiles } from '../../server/exports/csv.js';
import type { MunicipalityRow } from '../../web/src/api/queries.js';
import { csvText } from '../../web/src/shaping/csv.js';
import { groupUnengaged, unengagedCsv } from '../../web/src/shaping/engagement.js';
import { tabularCsv } from '../../web/src/shaping/tabular.js';
import { testDatabase } from '../support/database.js';
import { graphqlData } from '../support/graphql.js';

/**
 * CSV formula injection (issue 11, point 4): a name a spreadsheet would run as a formula is written with a
 * leading apostrophe in every CSV, the graph export's and the page's, by the one shared CSV dialect.
 */
const HYPERLINK = '=HYPERLINK("http://evil.example","click")';
const DDE = "=cmd|' /C calc'!A0";
const payloads = [HYPERLINK, DDE, '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

/** What a spreadsheet reads from each cell: the file parsed back by csv-parse. */
const cellsOf = (content: string) => parse(content, { bom: true, relax_column_count: true }) as string[][];

describe('the graph export (exportGraph.csvFiles)', () => {
  it('defuses formulas in every text cell but keeps numbers, negative ones too', () => {
    const [file] = csvFiles({
      nodes: payloads.map((name, index) => ({ ref: `zz-${index}`, labels: ['Entity', 'Person'], properties: { id: `zz-${index}`, nameEn: name, aliases: [name, 'plain'], count: -index } })),
      relationships: [],
    });
    const [header, ...rows] = cellsOf(file!.content);
    expect(file!.content.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual(['id', 'aliases', 'count', 'nameEn']);
    expect(rows.map((row) => row[3])).toEqual(payloads.map((name) => `'${name}`));
    expect(rows.map((row) => row[1])).toEqual(payloads.map((name) => `'${name} | plain`));
    expect(rows.map((row) => row[2])).toEqual(payloads.map((_, index) => String(-index)));
  });

  describe('through GraphQL, from the real database', () => {
    beforeAll(async () => {
      await testDatabase().runStatement('csv.test', 'UNWIND $names AS name CREATE (:ZzCsvInjection {id: "zz-csv-" + name, nameEn: name})', { names: [HYPERLINK, DDE] });
    });
    afterAll(async () => {
      await testDatabase().runStatement('csv.test', 'MATCH (n:ZzCsvInjection) DELETE n', {});
    });

    it('writes the two classic payloads as text', async () => {
      const exported = (await graphqlData('{ exportGraph(filter: { labels: ["ZzCsvInjection"] }) { csvFiles { name content } } }')).exportGraph;
      const file = exported.csvFiles.find((candidate: { name: string }) => candidate.name === 'nodes/ZzCsvInjection.csv');
      const rows = parse(file.content, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row.nameEn).sort()).toEqual([`'${DDE}`, `'${HYPERLINK}`].sort());
      expect(file.content).not.toMatch(/(^|,)=/m);
    });
  });
});

describe("the page's CSV downloads", () => {
  it('defuses formulas in the not-engaged list', () => {
    const name = { nameRu: HYPERLINK, nameEn: DDE };
    const municipality: MunicipalityRow = {
      municipality: { id: 'ao-41704220805000', kind: 'AYIL_OKMOTU', ...name },
      territory: { id: '41704220805000', level: 'AYIL_AIMAK', soate: '41704220805000', ...name },
      rayon: { id: '41704220000000', ochaPcode: 'KG704220', ...name },
      oblast: { id: '41704000000000', ...name },
      engaged: false,
      partner: false,
      tookPartInEvent: false,
    };
    const csv = unengagedCsv(groupUnengaged([municipality]));
    const [, row] = cellsOf(csv);
    expect(row!.slice(0, 6)).toEqual([`'${HYPERLINK}`, `'${DDE}`, `'${HYPERLINK}`, `'${DDE}`, `'${HYPERLINK}`, `'${DDE}`]);
  });

  it('defuses formulas in analysis results, keeping negative numbers', () => {
    const csv = tabularCsv({ columns: ['name', 'n'], rows: payloads.map((name) => ({ name, n: -1 })) });
    const [, ...rows] = cellsOf(csv);
    expect(rows).toEqual(payloads.map((name) => [`'${name}`, '-1']));
  });

  it('writes the same file as the server for the same table: one dialect', () => {
    const header = ['name', 'n', 'flag', 'empty'];
    const rows = [...payloads.map((name, index) => [name, -index, index % 2 === 0, null]), [' edge spaces ', 0, false, undefined], ['one\nline', 1.5, true, '']];
    expect(csvText(header, rows)).toBe(csvTable(header, rows));
  });
});
