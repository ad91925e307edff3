import graphologyModule from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';

/**
 * graphology ships CommonJS with `export default` typings; under NodeNext TypeScript sees the module
 * object where Node hands over the export itself. This picks the real export either way.
 */
function defaultExport<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

export const Graph = defaultExport(graphologyModule as unknown as typeof graphologyModule.default);
export type Graph<N extends object = Record<string, unknown>, E extends object = Record<string, unknown>> = InstanceType<typeof graphologyModule.default<N, E>>;
export const betweennessCentrality = defaultExport(betweennessModule as unknown as typeof betweennessModule.default);
export { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
