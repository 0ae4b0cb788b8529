import * as z from 'zod/mini';
import { API_BASE } from '../src/contract/endpoints';
import { Problem } from '../src/contract/problem';
import { routePath } from './http/api';
import type { ApiRoute } from './http/api';

/**
 * The OpenAPI 3.1 document, generated from the route table and the contract's zod schemas: what
 * the server validates is what it documents.
 */

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' } as never);
  } catch {
    return {};
  }
}

function queryParameters(schema: z.ZodMiniType | undefined): Json[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, Json> };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

export function openApiDocument(routes: readonly ApiRoute[]): Json {
  const paths: Record<string, Json> = {};
  const problem = { description: 'Problème (RFC 9457)', content: { 'application/problem+json': { schema: schemaOf(Problem, 'output') } } };
  for (const route of routes) {
    const path = `${API_BASE}${routePath(route.path).replace(':id', '{id}')}`;
    const op: Json = {
      summary: route.summary,
      tags: [routePath(route.path).split('/')[1] ?? ''],
      security: route.public ? [] : [{ session: [] }],
      'x-permission': route.permission ?? (route.public ? 'public' : 'signed-in'),
      parameters: [
        ...(path.includes('{id}') ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] : []),
        ...queryParameters(route.query),
        ...(route.method !== 'GET' && !route.public && !route.sessionOptional ? [{ name: 'x-csrf-token', in: 'header', required: true, schema: { type: 'string' } }] : []),
      ],
      responses: {
        '200': route.response
          ? { description: 'OK', content: { 'application/json': { schema: schemaOf(route.response, 'output') } } }
          : { description: 'OK' },
        '400': problem,
        '401': problem,
        '403': problem,
        '404': problem,
        '409': problem,
        '422': problem,
      },
    };
    if (route.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } };
    paths[path] = { ...(paths[path] ?? {}), [route.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Passerelles — API', version: '1.0.0', description: 'Relations entreprises d’IMT Mines Alès. Erreurs au format application/problem+json.' },
    servers: [{ url: '/' }],
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'passerelles_session' } } },
    paths,
  };
}
