import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectPath } from '../../server/common/project-root.js';

/**
 * Generates IATI 2.03 activity files of any size for benchmarks and tests: each activity is about 10 KB, valid
 * against the shipped schema, with titles and descriptions in ru/en/ky, organisations in all four roles, locations by
 * real SOATE codes (from data/reference/kg-admin-units.csv, so a mapping benchmark finds territories), sectors,
 * budgets and transactions. Deterministic: the same count gives the same bytes.
 */
interface AdminUnit {
  id: string;
  level: string;
  name_en: string;
}

function ayilAimaks(): AdminUnit[] {
  const rows = parse(readFileSync(projectPath('data', 'reference', 'kg-admin-units.csv')), { columns: true, skip_empty_lines: true }) as AdminUnit[];
  return rows.filter((row) => row.level === 'ayil_aimak');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraph = (seed: number) =>
  `Paragraph ${seed}: the activity supports municipal service delivery, participatory budgeting, transparent procurement and ` +
  `citizen feedback in partner ayil okmotus, with training for staff and councillors and small infrastructure grants.`;

function activity(index: number, units: AdminUnit[], options: GenerateOptions): string {
  const id = `${options.identifierPrefix}-${String(index + 1).padStart(5, '0')}`;
  const year = 2020 + (index % 6);
  const locations = Array.from({ length: 5 }, (_, n) => units[(index * 5 + n) % units.length]!)
    .map(
      (unit, n) => `    <location ref="${id}-L${n + 1}">
      <name>
        <narrative>${escapeXml(unit.name_en)}</narrative>
      </name>
      <administrative vocabulary="G1" level="3" code="${unit.id}"/>
    </location>`,
    )
    .join('\n');
  const budgets = Array.from({ length: 8 }, (_, n) => `    <budget type="1" status="${n < 4 ? 2 : 1}">
      <period-start iso-date="${year + n}-01-01"/>
      <period-end iso-date="${year + n}-12-31"/>
      <value value-date="${year + n}-01-01">${100000 + ((index * 7919 + n * 104729) % 900000)}</value>
    </budget>`).join('\n');
  const transactions = Array.from({ length: 10 }, (_, n) => `    <transaction ref="${id}-T${n + 1}">
      <transaction-type code="${n === 0 ? 2 : 3}"/>
      <transaction-date iso-date="${year + Math.floor(n / 2)}-0${1 + (n % 9)}-15"/>
      <value value-date="${year + Math.floor(n / 2)}-01-01">${50000 + n * 1000}</value>
      <description>
        <narrative>Disbursement ${n + 1} of ${id}</narrative>
      </description>
      <receiver-org ref="XM-EXAMPLE-IMPL-${index % 40}" type="22">
        <narrative>Implementing partner ${index % 40}</narrative>
      </receiver-org>
    </transaction>`).join('\n');
  return `  <iati-activity last-updated-datetime="2026-11-${String(1 + (index % 28)).padStart(2, '0')}T08:00:00Z" xml:lang="ru" default-currency="USD" hierarchy="1">
    <iati-identifier>${id}</iati-identifier>
    <reporting-org ref="${options.reportingOrgRef}" type="10">
      <narrative xml:lang="en">Generated Example Donor</narrative>
    </reporting-org>
    <title>
      <narrative>Программа местного самоуправления № ${index + 1}</narrative>
      <narrative xml:lang="en">Local governance programme no. ${index + 1}</narrative>
      <narrative xml:lang="ky">Жергиликтүү өз алдынча башкаруу программасы № ${index + 1}</narrative>
    </title>
    <description type="1">
      <narrative xml:lang="en">${paragraph(index)} ${paragraph(index + 1)} ${paragraph(index + 2)}</narrative>
      <narrative>Программа поддерживает муниципальные услуги, участие граждан в бюджете и прозрачные закупки в айыл окмоту.</narrative>
      <narrative xml:lang="ky">Программа айыл өкмөттөрдөгү муниципалдык кызматтарды колдойт.</narrative>
    </description>
    <participating-org role="1" ref="${options.reportingOrgRef}" type="10">
      <narrative xml:lang="en">Generated Example Donor</narrative>
    </participating-org>
    <participating-org role="2" type="15">
      <narrative>Министерство финансов</narrative>
    </participating-org>
    <participating-org role="3" ref="XM-EXAMPLE-FUND-${index % 7}" type="40"/>
    <participating-org role="4" ref="XM-EXAMPLE-IMPL-${index % 40}" type="22">
      <narrative xml:lang="en">Implementing partner ${index % 40}</narrative>
    </participating-org>
    <participating-org role="4" type="22">
      <narrative>Общественное объединение № ${index % 13}</narrative>
    </participating-org>
    <activity-status code="${1 + (index % 4)}"/>
    <activity-date type="1" iso-date="${year}-01-01"/>
    <activity-date type="2" iso-date="${year}-02-01"/>
    <activity-date type="3" iso-date="${year + 7}-12-31"/>
    <recipient-country code="KG" percentage="100"/>
${locations}
    <sector vocabulary="1" code="15112" percentage="40"/>
    <sector vocabulary="1" code="15150" percentage="30"/>
    <sector vocabulary="1" code="14030" percentage="20"/>
    <sector vocabulary="1" code="43030" percentage="10"/>
${budgets}
${transactions}
  </iati-activity>`;
}

export interface GenerateOptions {
  identifierPrefix: string;
  reportingOrgRef: string;
}

/** An IATI 2.03 file of `count` activities (about 10 KB each). */
export function generateIatiActivities(count: number, options: Partial<GenerateOptions> = {}): string {
  const settings: GenerateOptions = { identifierPrefix: 'XM-EXAMPLE-GEN', reportingOrgRef: 'XM-EXAMPLE-GEN', ...options };
  const units = ayilAimaks();
  const activities = Array.from({ length: count }, (_, index) => activity(index, units, settings));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-11-20T09:00:00Z">\n${activities.join('\n')}\n</iati-activities>\n`;
}
