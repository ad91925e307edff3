/** The page's side of the layout worker: sends graphs and drags, receives positions. */
import type { FromWorker, ToWorker } from './protocol.js';
import { LAYOUT_SEED } from './layout.js';

export interface LayoutUpdate {
  positions: Float32Array;
  settled: boolean;
  ticks: number;
}

export class LayoutClient {
  private readonly worker: Worker;
  private version = 0;

  constructor(onUpdate: (update: LayoutUpdate) => void, onError: (message: string) => void) {
    this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      // Positions of a graph that has since been replaced are dropped.
      if (message.version !== this.version) return;
      onUpdate({ positions: message.positions, settled: message.settled, ticks: message.ticks });
    };
    this.worker.onerror = (event) => onError(event.message || 'layout worker failed');
  }

  /** Lays out a new graph; `start` holds known positions (NaN elsewhere). */
  setGraph(radii: Float32Array, start: Float32Array, links: Uint32Array, alpha: number): void {
    this.version += 1;
    this.post({ type: 'graph', version: this.version, radii, start, links, alpha, seed: LAYOUT_SEED });
  }

  pin(index: number, x: number, y: number): void {
    this.post({ type: 'pin', version: this.version, index, x, y });
  }

  unpin(index: number): void {
    this.post({ type: 'unpin', version: this.version, index });
  }

  destroy(): void {
    this.post({ type: 'stop' });
    this.worker.terminate();
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}
