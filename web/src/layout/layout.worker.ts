/**
 * Runs the force layout off the main thread. It ticks in short slices, sends positions after each slice,
 * and stops when the layout has settled (or when asked to).
 */
import { createSimulation, isSettled, positionsOf, type LayoutSimulation } from './layout.js';
import type { FromWorker, ToWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
/** Work per slice: about half a frame, so positions reach the page at frame rate. */
const SLICE_MS = 8;
const MAX_TICKS_PER_SLICE = 20;

let simulation: LayoutSimulation | undefined;
let version = 0;
let ticks = 0;
let dragging = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function post(settled: boolean): void {
  if (!simulation) return;
  const positions = positionsOf(simulation);
  scope.postMessage({ type: 'positions', version, positions, settled, ticks }, [positions.buffer]);
}

function slice(): void {
  timer = undefined;
  if (!simulation) return;
  const started = performance.now();
  let count = 0;
  const limit = dragging > 0 ? 1 : MAX_TICKS_PER_SLICE;
  while (count < limit && !isSettled(simulation) && performance.now() - started < SLICE_MS) {
    simulation.tick();
    ticks += 1;
    count += 1;
  }
  const settled = isSettled(simulation) && dragging === 0;
  post(settled);
  if (!settled) timer = setTimeout(slice, dragging > 0 ? 16 : 0);
}

function run(): void {
  if (timer === undefined) timer = setTimeout(slice, 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'stop') {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    simulation = undefined;
    return;
  }
  if (message.type === 'graph') {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    version = message.version;
    ticks = 0;
    dragging = 0;
    simulation = createSimulation({ radii: message.radii, start: message.start, links: message.links, seed: message.seed }).alpha(message.alpha);
    run();
    return;
  }
  if (!simulation || message.version !== version) return;
  const node = simulation.nodes()[message.index];
  if (!node) return;
  if (message.type === 'pin') {
    if (node.fx === undefined || node.fx === null) dragging += 1;
    node.fx = message.x;
    node.fy = message.y;
    simulation.alphaTarget(0.3);
    if (simulation.alpha() < 0.3) simulation.alpha(0.3);
  } else {
    if (node.fx !== undefined && node.fx !== null) dragging = Math.max(0, dragging - 1);
    node.fx = null;
    node.fy = null;
    if (dragging === 0) simulation.alphaTarget(0);
  }
  run();
};
