import { buildServer } from './app';
import { readConfig } from './config';
import { configureSessions } from './routes/auth';
import { openDatabase } from './db/lifecycle';

/**
 * `npm start`: opens (and on first start fills) the database, serves the API and the built app,
 * prints where, and stops cleanly on SIGTERM/SIGINT (requests in flight finish, the database closes).
 */
async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config);
  configureSessions(config.sessionHours);
  const app = await buildServer({ config, database });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ host: config.host, port: config.port });
  const where = address.replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `  Passerelles — serveur d’équipe sur ${where}`,
    `  Base : ${database.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${config.sqliteFile}`}${database.seeded ? ' — données de démonstration chargées' : ''}`,
  ];
  if (database.createdAdmin) {
    lines.push(`  Premier administrateur : ${database.createdAdmin.email}`);
    if (database.createdAdmin.generated) lines.push(`  Mot de passe (affiché une seule fois) : ${database.createdAdmin.password}`);
  }
  if (!config.distDir) lines.push('  (API seule : PASSERELLES_DIST est vide)');
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Le serveur n’a pas pu démarrer : ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
