// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
import { sealStoredAuditEntries } from './audit/seal-stored-entries.js';
import { firstAdminLink } from './accounts/account.service.js';
import { authSettings, signToken } from './auth/credentials.js';
import { usesDevelopmentSecret, withKeptDevelopmentSecret } from './auth/development-secret.js';
import { Role } from './auth/roles.js';
import { readConfig } from './config/config.js';
import { openDatabase } from './database-lifecycle.js';
import { startApp } from './http/app.js';
import { warmSheetReader } from './imports/sheet-reader.js';
import { logger } from './logging/logger.js';
import { contactSeal } from './privacy/contact-seal.js';
import { verifyDataKey } from './privacy/data-key-check.js';
import { sealStoredContacts } from './privacy/seal-stored-contacts.js';
import { isSeeded, seedDatabase } from './seed/seed.js';

/** `npm start`: database (embedded unless NEO4J_URI is set), seed on first start, then the HTTP server. */
async function main(): Promise<void> {
  const config = readConfig();
  const auth = authSettings(withKeptDevelopmentSecret(config.auth));
  // The data key is checked before anything starts: without it in production, nothing runs.
  const seal = contactSeal(config.dataKey);
  const { db, databaseProcess, close } = await openDatabase(config);
  // …and it must open what this database has sealed, before anything is read or sealed with it.
  const keyCheck = await verifyDataKey(db, seal).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  if (keyCheck === 'stored') logger.info('stored the data-key check value in the database');
  const sealed = await sealStoredContacts(db);
  if (sealed > 0) logger.info({ sealed }, 'sealed contact data stored in plain text');
  const sealedEntries = await sealStoredAuditEntries(db);
  if (sealedEntries > 0) logger.info({ sealed: sealedEntries }, 'sealed audit entries stored in plain text');
  if (!(await isSeeded(db))) {
    logger.info('empty graph: loading the seed data');
    await seedDatabase(db, (message) => logger.info(message));
  }
  const app = await startApp(db, { ...config.http, production: config.production, auth, databaseProcess, accounts: config.accounts });
  // The sheet worker starts now, not on the first upload, where its start-up would delay the event loop.
  void warmSheetReader();
  logger.info({ url: app.url }, `Aimak Graph is running: ${app.url} (GraphQL at ${app.url}graphql)`);
  if (usesDevelopmentSecret(config.auth)) {
    // Development only: signed with the secret kept in .data/, valid for the default token lifetime.
    const token = await signToken(auth, 'developer', Role.ADMIN);
    console.log(`Development sign-in (admin, valid for 12 hours): ${app.url}?token=${token}`);
    console.log(`  or send the header  Authorization: Bearer ${token}`);
  }

  const firstAdmin = await firstAdminLink(db, config.accounts);
  if (firstAdmin) {
    // Printed, never logged to a shipper: whoever opens it first becomes the admin.
    console.log(`No account exists yet. Create the first admin (link valid until ${firstAdmin.expiresAt}, once): ${new URL(firstAdmin.path, app.url).href}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'finishing requests and stopping');
    // Never hang on the way out: whatever is still open after 30 s is abandoned.
    setTimeout(() => {
      logger.error('shutdown took longer than 30 s; exiting anyway');
      process.exit(1);
    }, 30_000).unref();
    await app.stop();
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal({ err: error }, message);
  // Also on stderr, synchronously: the logger writes asynchronously and process.exit would lose the reason.
  console.error(`Aimak Graph did not start: ${message}`);
  process.exit(1);
});
