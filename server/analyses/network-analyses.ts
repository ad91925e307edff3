import { EntityType } from '../common/named-entity.type.js';
import { NotFoundError } from '../errors.js';
import type { GraphDatabase } from '../db/graph-database.js';
import type { Analysis } from './analysis.js';
import { rowShortfall } from './row-shortfall.js';
import { AnalysisParameterType } from './analysis.type.js';
import { betweennessCentrality, singleSourceLength } from './graphology.js';
import { loadStakeholderNetwork, subgraph } from './stakeholder-network.js';

const stakeholderTypes = new Set<string>([EntityType.PERSON, EntityType.ORGANISATION]);

export const brokers: Analysis = {
  definition: {
    name: 'brokers',
    title: 'Brokers',
    description:
      'Who links otherwise separate groups: people and organisations ranked by betweenness centrality (graphology-metrics) in the stakeholder network of events, posts, memberships and funding; optionally within one programme phase.',
    parameters: [
      { name: 'phaseId', type: AnalysisParameterType.ID, refersTo: 'PHASE', required: false, description: 'Only this phase’s events and those who took part' },
      { name: 'first', type: AnalysisParameterType.INTEGER, required: false, defaultValue: 10, min: 1, max: 100, description: 'How many to list' },
    ],
    columns: ['rank', 'id', 'entityType', 'kind', 'nameRu', 'nameEn', 'betweenness', 'links'],
  },
  async run(db, { phaseId, first }) {
    const { network, scores, candidates } = await brokersIn(db, phaseId as string | null);
    const ranked = candidates.slice(0, Number(first));
    const rows = ranked.map((id, index) => {
      const node = network.getNodeAttributes(id);
      return { rank: index + 1, id, entityType: node.entityType, kind: node.kind, nameRu: node.nameRu, nameEn: node.nameEn, betweenness: Number((scores[id] ?? 0).toFixed(6)), links: network.degree(id) };
    });
    const neighbours = ranked.flatMap((id) => network.neighbors(id));
    // Fewer than asked: only so many sit between others at all; with a phase, say how many the whole network has.
    const withoutFilter = rows.length < Number(first) && phaseId ? (await brokersIn(db, null)).candidates.length : null;
    const shortfall = rowShortfall(Number(first), rows.length, phaseId !== null, withoutFilter);
    return { columns: brokers.definition.columns, rows, graph: subgraph(network, [...ranked, ...neighbours]), shortfall };
  },
};

/** Stakeholders with a betweenness above 0 (they sit on a shortest path between two others), best first. */
async function brokersIn(db: GraphDatabase, phaseId: string | null) {
  const network = await loadStakeholderNetwork(db, phaseId);
  const scores = network.order > 2 ? betweennessCentrality(network, { normalized: true }) : {};
  const candidates = network
    .filterNodes((id, attributes) => stakeholderTypes.has(attributes.entityType) && (scores[id] ?? 0) > 0)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a.localeCompare(b));
  return { network, scores, candidates };
}

export const reachableFromDonor: Analysis = {
  definition: {
    name: 'reachable-from-donor',
    title: 'Reachable from the donor',
    description:
      'Stakeholders reachable within N steps of a donor through funding, implementation, phases, events, posts, memberships and partnerships (not through the administrative map), with the number of steps.',
    parameters: [
      { name: 'donorId', type: AnalysisParameterType.ID, refersTo: 'STAKEHOLDER', required: false, defaultValue: 'gov-switzerland', description: 'The donor (or any stakeholder) to start from' },
      { name: 'maxSteps', type: AnalysisParameterType.INTEGER, required: false, defaultValue: 3, min: 1, max: 8, description: 'At most this many steps' },
    ],
    columns: ['steps', 'id', 'entityType', 'kind', 'nameRu', 'nameEn'],
  },
  async run(db, { donorId, maxSteps }) {
    const network = await loadStakeholderNetwork(db, null);
    if (!network.hasNode(String(donorId))) throw new NotFoundError('stakeholder in the network', String(donorId), 'parameters.donorId');
    const steps = Object.fromEntries(
      Object.entries(singleSourceLength(network, String(donorId))).filter(([, distance]) => distance <= Number(maxSteps)),
    );
    const reached = Object.entries(steps)
      .filter(([id, distance]) => distance > 0 && stakeholderTypes.has(network.getNodeAttribute(id, 'entityType')))
      .sort(([a, da], [b, db_]) => da - db_ || a.localeCompare(b));
    const rows = reached.map(([id, distance]) => {
      const node = network.getNodeAttributes(id);
      return { steps: distance, id, entityType: node.entityType, kind: node.kind, nameRu: node.nameRu, nameEn: node.nameEn };
    });
    return { columns: reachableFromDonor.definition.columns, rows, graph: subgraph(network, Object.keys(steps)) };
  },
};
