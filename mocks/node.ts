import { setupServer } from 'msw/node';
import { handlers } from './handlers/index';

/** The in-memory API for Node (Vitest): the same handlers as in the browser. */
export const server = setupServer(...handlers);
