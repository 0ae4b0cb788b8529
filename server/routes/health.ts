import { sql } from 'kysely';
import { get } from '../http/api';
import type { ApiRoute } from '../http/api';

/** For load balancers and monitoring: answers 200 when the database answers. */
export const healthRoutes: ApiRoute[] = [
  get('/health', { summary: 'État du serveur et de sa base', public: true }, async ({ db, dialect }) => {
    await sql`select 1`.execute(db);
    return { status: 'ok', database: dialect };
  }),
];
