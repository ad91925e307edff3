import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type RoutingControl } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config.js';
import { namedQuery } from './cypher-files.js';
import { isClientError, isMemoryLimitError, mapAnalystQueryError, mapNeo4jError, outcomeUnknown } from './neo4j-errors.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** One statement inside a write transaction; rows come back as plain values. */
export interface WriteTransaction {
  run(queryName: string, params?: Params): Promise<Row[]>;
  /** Who the request acts for, and its id: recorded with every change (server/audit). */
  readonly actor: string;
  readonly requestId: string | undefined;
  /** The caller's own request id, recorded for correlation only. */
  readonly clientRequestId?: string;
}

export interface DatabaseOptions {
  transactionTimeoutMs: number;
  /**
   * How long a managed transaction keeps retrying when Neo4j is unreachable before the request fails with
   * DATABASE_UNAVAILABLE. Short, so clients learn of an outage in seconds rather than hanging.
   */
  retryTimeMs?: number;
}

/** Counts Cypher round trips for one GraphQL request (tests use it to prove there is no N+1). */
export interface RoundTripCounter {
  count: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rowsOf(records: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }[]): Row[] {
  return records.map((record) => Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])));
}

/**
 * The single owner of database access: managed transactions with retries, one bookmark manager
 * (read-your-writes across a cluster), transaction metadata naming the query, and one place that maps
 * Neo4j errors to the service's typed errors.
 */
export class GraphDatabase {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: DatabaseOptions,
    private readonly counter?: RoundTripCounter,
    private readonly requestId?: string,
    /** Who the request acts for; 'system' for seeds and scripts. */
    readonly actor: string = 'system',
    private readonly clientRequestId?: string,
  ) {}

  static connect(connection: Neo4jConnection, options: DatabaseOptions): GraphDatabase {
    const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
    const driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: options.retryTimeMs ?? 3_000,
      userAgent: 'aimak-graph',
    });
    return new GraphDatabase(driver, connection.database, options);
  }

  /** A view for one request: same driver, its own round-trip counter, request id and actor. */
  forRequest(requestId: string, actor: string, counter: RoundTripCounter = { count: 0 }, clientRequestId?: string): GraphDatabase {
    return new GraphDatabase(this.driver, this.database, this.options, counter, requestId, actor, clientRequestId);
  }

  get roundTrips(): number {
    return this.counter?.count ?? 0;
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  /** Runs one named read query in a managed READ transaction. */
  async read(queryName: string, params: Params = {}): Promise<Row[]> {
    return this.execute(queryName, namedQuery(queryName), params, neo4j.routing.READ);
  }

  /**
   * Runs `work` in one write transaction: if it throws, nothing it wrote is kept.
   *
   * Retries are ours rather than the driver's, because only we know where a failure happened. A failure
   * before COMMIT was sent left nothing behind, so the whole `work` is run again (transient errors, Neo4j
   * briefly unreachable) until `retryTimeMs` runs out. A failure while committing is different (unless Neo4j
   * refused the commit): the change may or may not have been saved, and running it again could save it
   * twice. That is reported as
   * DATABASE_UNAVAILABLE with `outcome: UNKNOWN` and the request id, which the audit trail records with the
   * change (see `changesOfRequest`), so a client can find out instead of guessing.
   */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.retryTimeMs ?? 3_000);
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({
        database: this.database,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
        defaultAccessMode: neo4j.session.WRITE,
      });
      let committing = false;
      try {
        const tx = await session.beginTransaction({ timeout: this.options.transactionTimeoutMs, metadata: this.metadata('write') });
        try {
          const result = await work({
            actor: this.actor,
            requestId: this.requestId,
            clientRequestId: this.clientRequestId,
            run: async (queryName, params = {}) => {
              this.countRoundTrip();
              const queryResult = await tx.run(namedQuery(queryName), params);
              return rowsOf(queryResult.records);
            },
          });
          committing = true;
          await tx.commit();
          return result;
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        }
      } catch (error) {
        // At COMMIT only a refusal by Neo4j (a client error, e.g. a uniqueness constraint) proves nothing was
        // saved. A lost connection, or a database going down mid-commit, leaves the outcome open: seen in tests
        // stopping Neo4j under load, where commits answered "DatabaseUnavailable" had been saved.
        if (committing && !isClientError(error)) throw outcomeUnknown(this.requestId);
        if (!committing && Neo4jError.isRetryable(error) && Date.now() < deadline) {
          await sleep(Math.min(100 * 2 ** attempt, 1_000));
          continue;
        }
        throw mapNeo4jError(error);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /**
   * Runs Cypher written by an analyst (see server/cypher-console) in a READ transaction, where Neo4j itself
   * refuses writes, under its own time limit. `work` gets the transaction to EXPLAIN and run the text.
   */
  async readUntrusted<T>(timeoutMs: number, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      defaultAccessMode: neo4j.session.READ,
    });
    this.countRoundTrip();
    try {
      // A query stopped by the memory limit is a transient error to the driver, which would run it again and again.
      const once = async (tx: ManagedTransaction) => work(tx).catch((error: unknown) => Promise.reject(isMemoryLimitError(error) ? mapAnalystQueryError(error) : error));
      return await session.executeRead(once, { timeout: timeoutMs, metadata: this.metadata('analyst-cypher') });
    } catch (error) {
      throw mapAnalystQueryError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs schema or seed statements given as text (from `cypher/schema`, `cypher/seed`), each in its own transaction. */
  async runStatement(label: string, statement: string, params: Params = {}): Promise<Row[]> {
    return this.execute(label, statement, params, neo4j.routing.WRITE);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async execute(label: string, text: string, params: Params, routing: RoutingControl): Promise<Row[]> {
    this.countRoundTrip();
    try {
      const result = await this.driver.executeQuery(text, params, {
        database: this.database,
        routing,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
        transactionConfig: { timeout: this.options.transactionTimeoutMs, metadata: this.metadata(label) },
      });
      return rowsOf(result.records);
    } catch (error) {
      throw mapNeo4jError(error);
    }
  }

  private countRoundTrip(): void {
    if (this.counter) this.counter.count += 1;
  }

  private metadata(query: string): Record<string, string> {
    return { app: 'aimak-graph', query, actor: this.actor, ...(this.requestId ? { requestId: this.requestId } : {}) };
  }
}
