import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the scheduling priority of the calling thread (a worker), so that when CPUs are scarce the server's main
 * thread runs first and its event loop stays responsive while a heavy sheet is read. Measured with
 * `npm run bench:sheets` on 2 shared cores: reading 400,000 rich shared strings kept the main thread waiting for a
 * CPU up to ~150 ms although it was busy for 30 ms in all.
 *
 * Hand-written: Node has no per-thread priority API. On Linux a thread has its own id (/proc/thread-self names it)
 * and setpriority() on that id changes only that thread; elsewhere this does nothing. Raising the nice value needs
 * no privilege.
 */
export function lowerThisThreadPriority(nice = 10): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return false;
    setPriority(threadId, nice);
    return true;
  } catch {
    return false; // not Linux, or /proc not mounted: the worker runs at the usual priority
  }
}
