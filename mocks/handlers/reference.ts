import { paths } from '../../src/contract/endpoints';
import { frCollator } from '../../src/domain/sort';
import { clearPersisted, resetStore } from '../store/store';
import { json, noContent, route, wholeList } from './http';

export const referenceHandlers = [
  route('get', paths.users, ({ store }) => json(wholeList([...store.users.rows].sort((a, b) => frCollator.compare(a.name, b.name))))),
  route('get', paths.yearlyFigures, ({ store }) => json(wholeList([...store.data.yearlyFigures].sort((a, b) => a.year - b.year)))),

  // Back to the generated demo data; the browser's saved copy is dropped before answering.
  route('post', paths.demoReset, async () => {
    resetStore();
    await clearPersisted();
    return noContent();
  }),
];
