import type { FieldError, Problem } from './problem';

/**
 * Building problem details, shared by both implementations of the API (the in-browser one and the
 * server): a handler throws an ApiProblem; the transport turns it into an application/problem+json
 * answer. Nothing here knows about HTTP libraries.
 */

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

export const PROBLEM_TITLES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Connexion requise',
  403: 'Action non autorisée',
  404: 'Ressource introuvable',
  405: 'Méthode non autorisée',
  409: 'Conflit',
  413: 'Requête trop volumineuse',
  415: 'Type de contenu non pris en charge',
  422: 'Règle métier non respectée',
  429: 'Trop de tentatives',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

export function problem(status: number, fields: Omit<Problem, 'type' | 'title' | 'status'> & { title?: string } = {}): ApiProblem {
  return new ApiProblem({ type: 'about:blank', title: fields.title ?? PROBLEM_TITLES[status] ?? 'Erreur', status, ...fields });
}

export const badRequest = (errors: FieldError[], detail = 'Certains champs ne sont pas valides.') => problem(400, { detail, errors });
export const unprocessable = (errors: FieldError[], detail = errors[0]?.message ?? 'La demande ne respecte pas les règles métier.') =>
  problem(422, { detail, errors });
export const notFound = (what: string) => problem(404, { detail: `${what} introuvable.` });
export const malformedJson = () =>
  badRequest([{ field: '_', message: 'Le corps de la requête n’est pas du JSON valide.' }], 'Le corps de la requête n’est pas du JSON valide.');

/** A stale `version` means someone else saved in between: refuse rather than overwrite their change. */
export function checkVersion(current: { id: string; version: number }, version: number | undefined): void {
  if (version !== undefined && version !== current.version) {
    throw problem(409, {
      detail: `Cet enregistrement a été modifié entre-temps (version ${current.version}, vous aviez la version ${version}). Rechargez-le avant d'enregistrer.`,
      conflictId: current.id,
    });
  }
}

export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw notFound(what);
  return row;
}

/** A page of an already filtered and sorted list. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; total: number; page: number; pageSize: number } {
  const from = (page - 1) * pageSize;
  return { items: items.slice(from, from + pageSize), total: items.length, page, pageSize };
}

/** The unpaginated lists answer the same shape: everything on page 1. */
export function wholeList<T>(items: T[]): { items: T[]; total: number; page: number; pageSize: number } {
  return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
}
