import { http } from 'msw';
import { API_BASE } from '../../src/contract/endpoints';
import { problemResponse } from './http';

/**
 * Any other request under /api answers a 404 problem, as a server would, instead of falling through
 * to the dev server's index.html (which the app would fail to parse as JSON).
 */
export const fallbackHandlers = [
  http.all(`*${API_BASE}/*`, ({ request }) =>
    problemResponse({
      type: 'about:blank',
      title: 'Ressource introuvable',
      status: 404,
      detail: `Aucune ressource ne répond à ${request.method} ${new URL(request.url).pathname}.`,
    }),
  ),
];
