import * as z from 'zod/mini';

/**
 * Errors are RFC 9457 problem details (`application/problem+json`). 400 and 422 carry one message
 * per field in `errors`, keyed by the field's path ("siren", "tags.0"); 409 may name what conflicts.
 */
export const FieldError = z.object({ field: z.string(), message: z.string() });
export const Problem = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** On 409: the id of the record that conflicts (an overlapping booking, the current version…). */
  conflictId: z.optional(z.string()),
  /** On a booking overlap: the next free slot of the same length. */
  suggestion: z.optional(z.object({ start: z.string(), end: z.string() })),
});
export type Problem = z.infer<typeof Problem>;
export type FieldError = z.infer<typeof FieldError>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Turns a zod error into per-field messages. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  return issues.map((i) => ({ field: i.path.map(String).join('.') || '_', message: i.message }));
}
