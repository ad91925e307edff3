import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { processAlive, sleep, startOwnService, until, type OwnService } from './own-service.js';

let service: OwnService | undefined;
afterAll(async () => {
  await service?.close();
});

const create = `mutation ($id: ID!) { createPerson(input: { id: $id, nameEn: "Load" }) { id } }`;
const read = `{ person(id: "anchor") { id } }`;

// The embedded Neo4j killed with SIGKILL while editors write and viewers read: the supervisor starts it again
// on the same port and data folder, the app's driver reconnects, and no acknowledged write is lost.
describe('embedded Neo4j supervision', () => {
  it('restarts Neo4j after SIGKILL under load: reads and writes work again within 30 s, /readyz says 503 meanwhile and counts the restart, no acknowledged write lost', { timeout: 300_000 }, async () => {
    service = await startOwnService();
    const own = service;
    const readyz = async () => {
      const response = await fetch(`${own.app.url}readyz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', restarts: 0 } });
    expect((await own.graphql(Role.EDITOR, create, { id: 'anchor' })).errors).toBeUndefined();

    const confirmed: { id: string; sentAt: number; at: number }[] = [];
    const failed: { id: string; code: unknown; outcome: unknown; requestId: string }[] = [];
    const reads: { ok: boolean; sentAt: number; at: number }[] = [];
    let stop = false;
    let counter = 0;
    const writer = async (w: number) => {
      while (!stop) {
        const id = `restart-${w}-${(counter += 1)}`;
        const sentAt = Date.now();
        const body = await own.graphql(Role.EDITOR, create, { id }, `restart-request-${id}`).catch((error: unknown) => ({
          errors: [{ extensions: { code: String(error) } }],
          requestId: '',
        }));
        const error = body.errors?.[0];
        // The audit trail is keyed by the id the server made (its x-request-id answer), not the one the client sent.
        if (error) failed.push({ id, code: error.extensions?.code, outcome: error.extensions?.outcome, requestId: body.requestId });
        else confirmed.push({ id, sentAt, at: Date.now() });
        await sleep(20);
      }
    };
    const reader = async () => {
      while (!stop) {
        const sentAt = Date.now();
        const body = await own.graphql(Role.VIEWER, read).catch(() => ({ errors: [{}] }));
        reads.push({ ok: !body.errors && body.data?.person?.id === 'anchor', sentAt, at: Date.now() });
        await sleep(50);
      }
    };
    const workers = [...Array.from({ length: 6 }, (_, w) => writer(w)), reader(), reader()];

    await until(() => confirmed.length >= 30, 60_000, '30 writes before the kill');
    expect(await own.neo4j.standbyReady()).toBe(true); // a warmed-up JVM waits to take over
    const killedPid = own.neo4j.pid!;
    const killedAt = Date.now();
    process.kill(killedPid, 'SIGKILL');

    // While it is down, /readyz answers 503 (polled from the kill on, so a quick restart cannot slip past).
    let sawUnavailable = false;
    await until(async () => {
      const answer = await readyz();
      if (answer.status === 503) sawUnavailable = true;
      return answer.status === 200;
    }, 60_000, '/readyz to be ready again');
    const readyAgainMs = Date.now() - killedAt;
    expect(sawUnavailable).toBe(true);

    // Only requests sent after the kill count: one sent before may have been committed before the kill and only
    // answered after it.
    await until(() => confirmed.some((c) => c.sentAt > killedAt) && reads.some((r) => r.ok && r.sentAt > killedAt), 60_000, 'a read and a write after the restart');
    const writeRecoveredMs = confirmed.find((c) => c.sentAt > killedAt)!.at - killedAt;
    const readRecoveredMs = reads.find((r) => r.ok && r.sentAt > killedAt)!.at - killedAt;
    const afterRecovery = confirmed.length;
    await until(() => confirmed.length >= afterRecovery + 30, 60_000, '30 more writes after the restart');
    stop = true;
    await Promise.all(workers);

    console.log(
      `[fault figures] SIGKILL under load: writes back after ${writeRecoveredMs} ms, reads after ${readRecoveredMs} ms; ` +
        `${confirmed.length} writes acknowledged, ${failed.length} refused ` +
        `(${failed.filter((f) => f.outcome === 'NOT_APPLIED').length} NOT_APPLIED, ${failed.filter((f) => f.outcome === 'UNKNOWN').length} UNKNOWN)`,
    );
    console.log('[fault figures] supervisor:', JSON.stringify(own.supervisionLog.map((e) => [e.level, e.message])));
    expect(writeRecoveredMs).toBeLessThan(30_000);
    expect(readRecoveredMs).toBeLessThan(30_000);
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', restarts: 1 } });
    expect(own.neo4j.pid).not.toBe(killedPid);
    expect(processAlive(killedPid)).toBe(false);

    // The supervisor said so at error level: the exit, then the recovery.
    const errors = own.supervisionLog.filter((entry) => entry.level === 'error').map((entry) => entry.message);
    expect(errors[0]).toMatch(/stopped unexpectedly \(killed by SIGKILL\)/);
    expect(errors.at(-1)).toMatch(/running again after \d+ ms \(restart 1\)/);

    // Every acknowledged write is stored; no write refused as NOT_APPLIED is; an UNKNOWN one is settled by the audit trail.
    const rows = await own.db.runStatement('test: stored', 'MATCH (p:Person) WHERE p.id STARTS WITH "restart-" RETURN collect(p.id) AS ids');
    const stored = new Set(rows[0]!.ids as string[]);
    expect(confirmed.filter((c) => !stored.has(c.id)).map((c) => c.id), 'acknowledged but missing').toEqual([]);
    expect(failed.filter((f) => f.code !== 'DATABASE_UNAVAILABLE'), 'failed otherwise than DATABASE_UNAVAILABLE').toEqual([]);
    const notApplied = failed.filter((f) => f.outcome === 'NOT_APPLIED');
    expect(notApplied.filter((f) => stored.has(f.id)).map((f) => f.id), 'refused but stored').toEqual([]);
    const unknown = failed.filter((f) => f.outcome === 'UNKNOWN');
    expect(failed.length).toBe(notApplied.length + unknown.length);
    for (const f of unknown) {
      const answer = await own.graphql(Role.ADMIN, `query ($r: ID!) { changesOfRequest(requestId: $r) { subjectId } }`, { r: f.requestId });
      expect((answer.data.changesOfRequest as unknown[]).length > 0, f.id).toBe(stored.has(f.id));
    }

    // The figures docs/security.md records, printed once everything above has been checked.
    console.log(
      `[fault figures] verified: /readyz ready again ${readyAgainMs} ms after the kill; ` +
        `${confirmed.length} acknowledged writes, all ${confirmed.filter((c) => stored.has(c.id)).length} stored; ` +
        `${notApplied.length} refused as NOT_APPLIED, ${notApplied.filter((f) => stored.has(f.id)).length} stored; ` +
        `${unknown.length} UNKNOWN, settled by the audit trail (${unknown.filter((f) => stored.has(f.id)).length} stored)`,
    );

    // Stopping leaves no JVM behind.
    const lastPid = own.neo4j.pid!;
    await own.close();
    service = undefined;
    expect(processAlive(lastPid)).toBe(false);
  });
});
