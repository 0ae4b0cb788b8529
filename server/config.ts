import { resolve } from 'node:path';

/**
 * Everything the server reads from its environment, read once. Defaults give the two-command
 * start: SQLite in ./data, the demo dataset on first start, the built app from ./dist.
 */
export interface ServerConfig {
  host: string;
  port: number;
  /** postgres://… → PostgreSQL; otherwise SQLite in `sqliteFile`. */
  databaseUrl: string | null;
  sqliteFile: string;
  /** What an empty database starts with: the demo dataset (default) or nothing. */
  seed: 'demo' | 'empty';
  /** Size of the demo dataset (1 ≈ 1,000 companies). */
  scale: number;
  /** The business date ("today") when pinned (tests, demos); otherwise the real date in Paris. */
  today: string | null;
  /** The first administrator, when the database has no account yet. */
  adminEmail: string | null;
  adminPassword: string | null;
  sessionHours: number;
  /** The built single-page app; null serves the API alone. */
  distDir: string | null;
  logLevel: string;
  /** Largest accepted request body, in bytes (the CSV import is the big one). */
  bodyLimit: number;
  /** Sign-in attempts allowed per address and minute. */
  signInPerMinute: number;
  /** Secure cookies (HTTPS only); on by default except on loopback HTTP. */
  secureCookies: boolean;
}

function int(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 3000),
    databaseUrl: databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl) ? databaseUrl : null,
    sqliteFile: resolve(env.SQLITE_FILE ?? (databaseUrl && !/^postgres/.test(databaseUrl) ? databaseUrl.replace(/^(sqlite|file):/, '') : 'data/passerelles.sqlite')),
    seed: env.PASSERELLES_SEED === 'empty' ? 'empty' : 'demo',
    scale: int(env.PASSERELLES_SCALE, 1),
    today: env.PASSERELLES_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.PASSERELLES_TODAY) ? env.PASSERELLES_TODAY : null,
    adminEmail: env.ADMIN_EMAIL?.trim() || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    sessionHours: int(env.SESSION_HOURS, 12),
    distDir: env.PASSERELLES_DIST === '' ? null : resolve(env.PASSERELLES_DIST ?? 'dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: int(env.BODY_LIMIT, 10 * 1024 * 1024),
    signInPerMinute: int(env.SIGN_IN_PER_MINUTE, 10),
    secureCookies: env.SECURE_COOKIES === 'true',
    ...overrides,
  };
}
