/** Queries to start from, on the real model: labels Territory, Organisation, Person, Event; links GOVERNS, PART_OF, PARTICIPATED_IN. */
import type { AnalysisTexts } from './analysis-text.js';

export interface CypherExample {
  id: string;
  title: Parameters<AnalysisTexts>[0];
  query: string;
  parameters: Record<string, unknown>;
}

const KARAKOL_SEMINAR = 'event-2019-07-18-karakol-inception';

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    id: 'oblasts',
    title: 'exampleOblasts',
    query: "MATCH (o:Territory {level: 'OBLAST'})\nRETURN o.id AS id, o.nameRu AS nameRu, o.nameEn AS nameEn\nORDER BY nameEn",
    parameters: {},
  },
  {
    id: 'naryn-municipalities',
    title: 'exampleNaryn',
    query:
      "MATCH (m:Organisation)-[:GOVERNS]->(:Territory)-[:PART_OF*1..3]->(:Territory {id: $oblast})\nWHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']\nRETURN DISTINCT m.id AS id, m.nameRu AS nameRu, m.nameEn AS nameEn, m.kind AS kind\nORDER BY nameRu",
    parameters: { oblast: '41704000000000' },
  },
  {
    id: 'karakol-participants',
    title: 'exampleKarakol',
    query: 'MATCH (s)-[r:PARTICIPATED_IN]->(e:Event {id: $event})\nRETURN s AS participant, r.role AS role, r, e\nORDER BY role, s.nameEn',
    parameters: { event: KARAKOL_SEMINAR },
  },
  {
    id: 'karakol-by-rayon',
    title: 'exampleByRayon',
    query:
      "MATCH (m:Organisation {kind: 'AYIL_OKMOTU'})-[:PARTICIPATED_IN]->(:Event {id: $event}),\n      (m)-[:GOVERNS]->(:Territory)-[:PART_OF]->(r:Territory)\nRETURN r.nameEn AS rayon, count(m) AS municipalities\nORDER BY rayon",
    parameters: { event: KARAKOL_SEMINAR },
  },
  {
    id: 'labels',
    title: 'exampleLabels',
    query: 'CALL db.labels() YIELD label\nRETURN label\nORDER BY label',
    parameters: {},
  },
];
