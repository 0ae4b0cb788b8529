import type { RequestHandler } from 'msw';

/** Every handler of the API, domain by domain. */
export const handlers: RequestHandler[] = [];
