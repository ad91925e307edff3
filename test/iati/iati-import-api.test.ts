import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { as, graphql, graphqlData } from '../support/graphql.js';
import { graphCounts, removeTestActivities } from './iati-records.js';

/**
 * previewIatiImport and confirmIatiImport through the real API and the real reader: who may call them, a small
 * 2.03 file end to end (plain and gzipped), and input that is no IATI file at all answered BAD_USER_INPUT.
 */
const xml = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2025-03-01T00:00:00Z">
  <iati-activity last-updated-datetime="2025-03-01T00:00:00Z" xml:lang="en" default-currency="EUR" hierarchy="1">
    <iati-identifier>XM-TEST-API-1</iati-identifier>
    <reporting-org ref="XM-TEST-API-REPORTER" type="10"><narrative>Test Ministry of Development</narrative></reporting-org>
    <title><narrative>Pasture management in Kochkor</narrative><narrative xml:lang="ru">Управление пастбищами в Кочкоре</narrative></title>
    <description type="1"><narrative>Pasture committees plan grazing.</narrative></description>
    <participating-org role="1" ref="XM-TEST-API-REPORTER" type="10"><narrative>Test Ministry of Development</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2025-01-01"/>
    <activity-date type="3" iso-date="2027-12-31"/>
    <recipient-country code="KG" percentage="100"/>
    <location>
      <name><narrative>Kochkor district</narrative></name>
      <administrative vocabulary="G1" level="2" code="41704235000000"/>
    </location>
    <sector vocabulary="1" code="31140" percentage="100"/>
    <budget type="1" status="1">
      <period-start iso-date="2025-01-01"/>
      <period-end iso-date="2025-12-31"/>
      <value currency="EUR" value-date="2025-01-01">120000</value>
    </budget>
  </iati-activity>
</iati-activities>
`;
const PREVIEW = `query ($input: IatiImportInput!) { previewIatiImport(input: $input) {
  declaredVersion canConfirm fileProblems { line path message } invalidActivities { identifier problems { line path message } }
  summary { activities newProgrammes invalid }
  activities { identifier outcome outcomeText nameEn nameRu plannedStartDate sectors budgets { value currency periodStart }
    organisations { relationship subject resolution { status id reason } }
    territories { subject matchedBy resolution { status id reason } } noLocationHere }
} }`;
const CONFIRM = `mutation ($input: IatiImportInput!) { confirmIatiImport(input: $input) { createdActivityIds updatedActivityIds createdOrganisationIds summary { unchanged } } }`;
const file = (text: string) => Buffer.from(text).toString('base64');
const input = (content = file(xml)) => ({ input: { file: content, fileName: 'kochkor-pastures.xml', language: 'EN' } });

beforeAll(removeTestActivities);
afterAll(removeTestActivities);

describe('IATI import through the API', () => {
  it('previews a 2.03 file read by the real reader, plain or gzipped', async () => {
    for (const content of [file(xml), gzipSync(Buffer.from(xml)).toString('base64')]) {
      const preview = (await graphqlData(PREVIEW, input(content))).previewIatiImport;
      expect(preview).toMatchObject({ declaredVersion: '2.03', canConfirm: true, fileProblems: [], invalidActivities: [], summary: { activities: 1, newProgrammes: 1, invalid: 0 } });
      expect(preview.activities[0]).toMatchObject({
        identifier: 'XM-TEST-API-1', outcome: 'NEW_PROGRAMME', outcomeText: 'new programme', nameEn: 'Pasture management in Kochkor', nameRu: 'Управление пастбищами в Кочкоре',
        plannedStartDate: '2025-01-01', sectors: ['1:31140'], budgets: [{ value: 120000, currency: 'EUR', periodStart: '2025-01-01' }], noLocationHere: false,
      });
      expect(preview.activities[0].territories).toContainEqual({ subject: '41704235000000', matchedBy: 'ADMINISTRATIVE_CODE', resolution: { status: 'MATCH', id: '41704235000000', reason: expect.stringContaining('SOATE code 41704235000000') } });
    }
  });

  it('confirms it for an editor, and the same file again writes nothing', async () => {
    const first = (await graphqlData(CONFIRM, input(), { principal: as(Role.EDITOR) })).confirmIatiImport;
    expect(first).toMatchObject({ createdActivityIds: ['iati-XM-TEST-API-1'], createdOrganisationIds: ['iati-org-xm-test-api-reporter'] });
    const before = await graphCounts();
    const again = (await graphqlData(CONFIRM, input(), { principal: as(Role.EDITOR) })).confirmIatiImport;
    expect(again).toMatchObject({ createdActivityIds: [], updatedActivityIds: [], summary: { unchanged: 1 } });
    expect(await graphCounts()).toEqual(before);
  });

  it('shows what it wrote on the programme and the organisation, in a bounded number of round trips', async () => {
    const PROGRAMMES = `{ programmes { id iatiIdentifier nameRu descriptionEn iatiStatus plannedStartDate plannedEndDate startDate endDate sectors
      budgets { value currency periodStart periodEnd } reportingOrganisation { id iatiRef iatiType } funders { id } implementers { id }
      extendingOrganisations { id } accountableOrganisations { id } activeIn { id } phases { id } } }`;
    const result = await graphql(PROGRAMMES);
    expect(result.errors).toBeUndefined();
    const programme = result.data.programmes.find((p: { id: string }) => p.id === 'iati-XM-TEST-API-1');
    expect(programme).toMatchObject({
      iatiIdentifier: 'XM-TEST-API-1', nameRu: 'Управление пастбищами в Кочкоре', descriptionEn: 'Pasture committees plan grazing.', iatiStatus: '2',
      plannedStartDate: '2025-01-01', plannedEndDate: '2027-12-31', startDate: '2025-01-01', endDate: '2027-12-31', sectors: ['1:31140'],
      budgets: [{ value: 120000, currency: 'EUR', periodStart: '2025-01-01', periodEnd: '2025-12-31' }],
      reportingOrganisation: { id: 'iati-org-xm-test-api-reporter', iatiRef: 'XM-TEST-API-REPORTER', iatiType: '10' },
      funders: [{ id: 'iati-org-xm-test-api-reporter' }], implementers: [], phases: [],
    });
    expect(programme.activeIn.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['41704235000000', '41700000000000']));
    // One batched statement per field, however many programmes: the seeded programme is answered with the same ones.
    expect(result.data.programmes.length).toBeGreaterThanOrEqual(2);
    expect(result.roundTrips).toBeLessThanOrEqual(12);
  });

  it('refuses viewers and analysts, and writes nothing for them', async () => {
    const before = await graphCounts();
    for (const role of [Role.VIEWER, Role.ANALYST]) {
      const preview = await graphql(PREVIEW, input(), { principal: as(role) });
      expect(preview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const confirm = await graphql(CONFIRM, input(), { principal: as(role) });
      expect(confirm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await graphCounts()).toEqual(before);
  });

  it('answers BAD_USER_INPUT, never an internal error, for what is not an IATI file', async () => {
    const samples = [
      'not base64 at all!!',
      file('this is plain text'),
      file('<?xml version="1.0"?><html><body>no</body></html>'),
      file('<iati-activities version="2.03"><iati-activity>'),
      file('%PDF-1.4 binary'),
    ];
    for (const content of samples) {
      for (const operation of [PREVIEW, CONFIRM]) {
        const result = await graphql(operation, input(content));
        expect(result.errors?.[0]?.extensions?.code, content.slice(0, 30)).toBe('BAD_USER_INPUT');
      }
    }
  });
});
