import { UserPage, YearlyFiguresPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { wholeList } from '../../src/contract/problems';
import { ROLES } from '../../src/contract/reference';
import type { Role } from '../../src/contract/reference';
import { isTrue, num } from '../db/rows';
import { demoDataset } from '../db/lifecycle';
import { resetToDataset } from '../db/seed';
import { get, noContent, post } from '../http/api';
import type { ApiRoute } from '../http/api';

export const referenceRoutes: ApiRoute[] = [
  get(paths.users, { summary: 'Les comptes et les personnes de l’équipe, par nom', response: UserPage }, async ({ db }) => {
    const rows = await db.selectFrom('users').select(['id', 'name', 'email', 'role', 'active']).orderBy('nameKey').orderBy('id').execute();
    return wholeList(rows.map((u) => ({ ...u, role: (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : 'director', active: isTrue(u.active) })));
  }),

  get(paths.yearlyFigures, { summary: 'Effectifs par année universitaire', response: YearlyFiguresPage }, async ({ db }) => {
    const rows = await db.selectFrom('yearlyFigures').selectAll().orderBy('year').execute();
    return wholeList(rows.map((r) => ({ year: num(r.year), students: num(r.students), apprentices: num(r.apprentices) })));
  }),

  post(paths.demoReset, 'accounts', { summary: 'Remet les données de démonstration telles que générées (comptes conservés)' }, async ({ db, clock }) => {
    await resetToDataset(db, demoDataset(), clock.now());
    return noContent();
  }),
];
