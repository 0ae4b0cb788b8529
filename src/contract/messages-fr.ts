import * as z from 'zod/mini';
import { fieldErrors } from './problem';
import type { FieldError } from './problem';

/**
 * French messages for zod's generic issues. Schemas that carry their own message ("Champ
 * obligatoire", "Adresse e-mail invalide") keep it: this map only fills the gaps, so that every
 * field error a person can see is French, whether it comes from the form or from the API.
 */

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'Texte attendu',
  number: 'Nombre attendu',
  int: 'Nombre entier attendu',
  boolean: 'Oui ou non attendu',
  array: 'Liste attendue',
  object: 'Objet attendu',
  date: 'Date attendue',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'Adresse e-mail invalide',
  date: 'Date attendue au format AAAA-MM-JJ',
  datetime: 'Date et heure ISO attendues',
  url: 'Adresse web invalide',
};

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 14).map(String).join(', ');
  return values.length > 14 ? `${shown}…` : shown;
}

/** A union fails as a whole; the most specific branch message is the useful one. */
function unionMessage(issue: RawIssue): string {
  const branches = (issue as { errors?: { code?: string; message: string }[][] }).errors ?? [];
  for (const branch of branches) {
    const specific = branch.find((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value');
    if (specific) return specific.message;
  }
  return 'Valeur invalide';
}

export const frenchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Champ obligatoire';
      return TYPE_NAMES[issue.expected] ?? 'Valeur invalide';
    case 'invalid_value':
      return issue.values.length === 1
        ? `Valeur attendue : ${String(issue.values[0])}`
        : `Valeur non autorisée : choisir parmi ${listValues(issue.values)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'Champ obligatoire' : `${min} caractères au moins`;
      if (issue.origin === 'array') return `${min} élément${min > 1 ? 's' : ''} au moins`;
      return issue.inclusive === false ? `Doit être supérieur à ${min}` : `Doit être supérieur ou égal à ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${max} caractères au plus`;
      if (issue.origin === 'array') return `${max} élément${max > 1 ? 's' : ''} au plus`;
      return issue.inclusive === false ? `Doit être inférieur à ${max}` : `Doit être inférieur ou égal à ${max}`;
    }
    case 'invalid_format':
      return FORMAT_NAMES[issue.format] ?? 'Format invalide';
    case 'invalid_union':
      return unionMessage(issue);
    case 'unrecognized_keys':
      return `Champ inconnu : ${issue.keys.join(', ')}`;
    default:
      return 'Valeur invalide';
  }
};

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** Parses with French messages and answers per-field errors, the shape of a 400/422 problem. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): Validation<z.infer<S>> {
  const result = z.safeParse(schema, value, { error: frenchErrorMap });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: fieldErrors(result.error.issues) };
}
