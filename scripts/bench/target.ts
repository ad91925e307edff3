// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * One server under test, in a process of its own so that its memory can be read and it shares an event loop
 * with nothing else. Started by scripts/bench/run.ts and scripts/bench/load.ts with an IPC channel:
 *
 *   node --import tsx scripts/bench/target.ts ours|bare|peer <bolt uri> <benchmark inputs as JSON>
 *
 * - ours: the service itself, `startApp` (production: false) on our GraphDatabase; callers send an admin
 *   token signed with AIMAK_JWT_SECRET. Logs (LOG_LEVEL, default info) go to stdout, which the parent sends to
 *   a file: the 'graphql request' lines carry `roundTrips` per request.
 * - bare: `POST /op/<operation>` runs the operation's Cypher files through a plain neo4j-driver.
 * - peer: `@neo4j/graphql` behind the same Apollo Server and Express integration as ours, on a driver with the
 *   same settings as ours.
 *
 * Messages from the parent: `{ type: 'round-trips' }` answers `{ type: 'round-trips', count }` (bare, peer:
 * Cypher statements sent so far); `{ type: 'stop' }` closes the server and exits.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Driver, Session } from 'neo4j-driver';

type Message = { type: 'round-trips' } | { type: 'stop' };

const [kind, uri, inputsJson] = process.argv.slice(2);
if (!kind || !uri || !inputsJson) throw new Error('usage: target.ts ours|bare|peer <bolt uri> <inputs json>');

let roundTrips = 0;
let stop: () => Promise<void> = async () => {};

function send(message: object): void {
  process.send?.(message);
}

process.on('message', (message: Message) => {
  if (message.type === 'round-trips') send({ type: 'round-trips', count: roundTrips });
  if (message.type === 'stop') {
    void stop().finally(() => process.exit(0));
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stop().finally(() => process.exit(0));
  });
}
// The parent's IPC channel closing means it is gone: do not linger.
process.on('disconnect', () => {
  void stop().finally(() => process.exit(0));
});

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    });
  });
}

/** Wraps a driver so every statement sent in a managed transaction is counted (how @neo4j/graphql runs them). */
function countingDriver(driver: Driver): Driver {
  const countRuns = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            roundTrips += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if ((property === 'executeRead' || property === 'executeWrite') && typeof value === 'function') {
          return (work: (tx: object) => unknown, config?: unknown) => (value as (w: unknown, c: unknown) => unknown).call(target, (tx: object) => work(countRuns(tx)), config);
        }
        if (property === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            roundTrips += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => wrapSession((value as (...a: unknown[]) => Session).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function startOurs(): Promise<string> {
  const { GraphDatabase } = await import('../../server/db/graph-database.js');
  const { startApp } = await import('../../server/http/app.js');
  const { authSettings } = await import('../../server/auth/credentials.js');
  // The same settings as `npm start` (server/config/config.ts defaults).
  const db = GraphDatabase.connect({ uri: uri!, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 30_000, retryTimeMs: 3_000 });
  const auth = authSettings({ production: false, jwtSecret: process.env.AIMAK_JWT_SECRET });
  const app = await startApp(db, { host: '127.0.0.1', port: 0, production: false, auth });
  stop = async () => {
    await app.stop();
    await db.close();
  };
  return `${app.url}graphql`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function startBare(): Promise<string> {
  const { benchDriver } = await import('./bench-database.js');
  const { bareRunner, operations } = await import('./operations.js');
  const driver = benchDriver(uri!);
  const run = bareRunner(driver);
  const counted: typeof run = (name, params) => {
    roundTrips += 1;
    return run(name, params);
  };
  const byName = new Map(operations(JSON.parse(inputsJson!)).map((op) => [op.name, op]));
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      try {
        const op = byName.get((request.url ?? '').replace(/^\/op\//, ''));
        if (request.method !== 'POST' || !op) {
          response.writeHead(404).end();
          return;
        }
        const variables = JSON.parse(await readBody(request)) as Record<string, unknown>;
        const body = JSON.stringify({ data: await op.bare(counted, variables) });
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (error) {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    })();
  });
  const url = await listen(server);
  stop = async () => {
    await new Promise((resolve) => server.close(resolve));
    await driver.close();
  };
  return url;
}

async function startPeer(): Promise<string> {
  const { benchDriver } = await import('./bench-database.js');
  const { peerSchema } = await import('./peer-schema.js');
  const { ApolloServer } = await import('@apollo/server');
  const { ApolloServerPluginDrainHttpServer } = await import('@apollo/server/plugin/drainHttpServer');
  const { expressMiddleware } = await import('@as-integrations/express5');
  const express = (await import('express')).default;
  const driver = benchDriver(uri!);
  const schema = await peerSchema(countingDriver(driver));
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })] });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const url = await listen(server);
  stop = async () => {
    await apollo.stop();
    await driver.close();
  };
  return `${url}/graphql`;
}

const starters: Record<string, () => Promise<string>> = { ours: startOurs, bare: startBare, peer: startPeer };
const starter = starters[kind];
if (!starter) throw new Error(`unknown target ${kind}`);
starter()
  .then((url) => {
    send({ type: 'ready', url, pid: process.pid });
    // Started by hand (no IPC channel), e.g. under --cpu-prof: say where it listens.
    if (!process.send) console.error(`TARGET_READY ${url}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
